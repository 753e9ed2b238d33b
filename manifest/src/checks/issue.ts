/** One problem found in the app package sources, phrased for the person fixing it. */
export type Issue = { file: string; where: string; message: string };

export const issue = (file: string, where: string, message: string): Issue => ({ file, where, message });

export const formatIssue = ({ file, where, message }: Issue): string =>
  `${file}${where && where !== '/' ? ` ${where}` : ''}: ${message}`;
