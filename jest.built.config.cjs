/** The checks of the production builds (tests/built), run by scripts/check-builds.cjs after it builds them. */
const base = require('./jest.config.cjs');

module.exports = { ...base, roots: ['<rootDir>/tests/built'], testPathIgnorePatterns: ['/node_modules/'] };
