/** The loopback JSON server lives with the local Graph, which `npm start` runs too. */
export * from '../../scripts/dev-graph/json-server';
