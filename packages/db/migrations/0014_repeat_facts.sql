-- placeholder: replaced by the helper that owns this migration
SELECT 1;
