import type { Issue } from '../io/issues';

/** The loader's issues, grouped by file; every value is rendered as text. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  const byFile = new Map<string, Issue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <section className="issues" aria-labelledby="issues-heading">
      <h2 id="issues-heading">
        Problems in the data: {errors} error{errors === 1 ? '' : 's'}, {issues.length - errors}{' '}
        warning
        {issues.length - errors === 1 ? '' : 's'}
      </h2>
      {[...byFile].map(([file, fileIssues]) => (
        <table key={file} className="issue-table">
          <caption>{file}</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {fileIssues.map((issue, index) => (
              <tr key={index} className={`issue-${issue.severity}`}>
                <td>{issue.severity}</td>
                <td>{issue.row || '—'}</td>
                <td>{issue.column}</td>
                <td>{issue.value}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
