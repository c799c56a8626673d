export { migrationLevel, nonEmptyTables } from './database-state.ts';
export type {
  BackupErrorCode,
  BackupHeader,
  BackupTable,
  BackupTrailer,
  MigrationLevel,
} from './format.ts';
export { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, BackupError } from './format.ts';
export type { BackupEntry, BackupRow, VerifyBackupResult } from './read-backup.ts';
export { readBackup, verifyBackup } from './read-backup.ts';
export type { RestoreBackupOptions, RestoreBackupResult } from './restore-backup.ts';
export { restoreBackup } from './restore-backup.ts';
export type { WriteBackupOptions, WriteBackupResult } from './write-backup.ts';
export { writeBackup } from './write-backup.ts';
