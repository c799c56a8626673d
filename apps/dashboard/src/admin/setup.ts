import { i18n } from '../i18n/index.ts';
import { addAdminMessages } from './messages/index.ts';

// imported by the administration screen and by sign-in's new-password form, whichever loads first
addAdminMessages(i18n);
