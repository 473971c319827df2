import type { Category } from './rate-card.js';

/** How a category is named in line names: `Marketing messages (India)`. */
export const TITLE: Record<Category, string> = {
  marketing: 'Marketing',
  utility: 'Utility',
  authentication: 'Authentication',
  authentication_international: 'Authentication-international',
  service: 'Service',
};
