import './accountability.css';
import { i18n } from '../i18n/index.ts';
import { addAccountabilityMessages } from './messages/index.ts';

// imported by every accountability module, so its strings and styles are there whichever loads first
addAccountabilityMessages(i18n);
