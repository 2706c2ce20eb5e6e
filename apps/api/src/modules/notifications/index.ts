/** The notifications area: reminders about clocks, their channels, and who wants which. */
import './notification.types.ts';
import './notification-preferences.ts';
import './notification-preferences-update.ts';
