import './reports.css';
import { i18n } from '../i18n/index.ts';
import { addReportsMessages } from './messages/index.ts';

// imported by the reports page, so its strings and styles load with it and not before
addReportsMessages(i18n);
