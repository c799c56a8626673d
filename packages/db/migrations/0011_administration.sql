-- placeholder: filled in by the work on this migration's feature
SELECT 1;
