import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countsText,
  errorsText,
  groupText,
  issueText,
  REPORT_NAMESPACES,
  severityText,
  warningsText,
  type ReportT,
} from '../i18n/issues';
import {
  INPUT_KINDS,
  inputName,
  type FileCounts,
  type InputKind,
  type Issue,
  type Severity,
} from '../io/issues';
import { groupIssues, issuesCsv, type IssueGroup } from '../io/report';
import { downloadText } from './download';

interface Props {
  issues: readonly Issue[];
  files: Partial<Record<InputKind, FileCounts>>;
  /** The name each input was shown by, when not its default (`Book.xlsx › 都市`). */
  names?: Partial<Record<InputKind, string>>;
}

type Shown = Severity | 'all';

/** The counts of the input an issue group names (`cities.csv`); none for a data address. */
function countsOf(
  files: Props['files'],
  names: Props['names'],
  name: string,
): FileCounts | undefined {
  const kind = INPUT_KINDS.find(
    (candidate) => (names?.[candidate] ?? inputName(candidate)) === name,
  );
  return kind && files[kind];
}

/** Rows shown at first in each group. */
export const FIRST_ROWS = 10;
/** Rows each "Show more rows" adds to a group. */
export const MORE_ROWS = 100;
/** Groups (kinds of problem) shown at first in each file. */
export const FIRST_GROUPS = 10;
/** Groups each "Show more kinds of problem" adds to a file. */
export const MORE_GROUPS = 10;
// At most four files (three CSVs and a data address) × FIRST_GROUPS × FIRST_ROWS = 400 rows
// at first, however many issues there are: the page stays responsive with 200,000 of them.

/**
 * The loader's report, in the language being read: per file, the rows kept and rejected, then
 * the issues grouped by kind (severity, code and column), each with row, column and value, and
 * worded from its code. Every value is rendered as text. Long groups show their first rows and a
 * "Show more" button; the download has every issue, with its code.
 */
export const IssueList = memo(function IssueList({ issues, files, names }: Props) {
  const { t } = useTranslation(REPORT_NAMESPACES);
  const [shown, setShown] = useState<Shown>('all');
  const [open, setOpen] = useState(true);
  // A new report starts with every group folded back to its first rows.
  const [report, setReport] = useState({ issues, version: 0 });
  if (report.issues !== issues) setReport({ issues, version: report.version + 1 });
  const errors = useMemo(
    () => issues.reduce((n, issue) => n + (issue.severity === 'error' ? 1 : 0), 0),
    [issues],
  );
  const byFile = useMemo(
    () => groupIssues(issues, shown === 'all' ? undefined : shown),
    [issues, shown],
  );
  if (issues.length === 0) return null;

  return (
    <section className="issues" aria-labelledby="issues-heading">
      <div className="issues-head">
        <h2 id="issues-heading">
          {t('report:heading', {
            errors: errorsText(t, errors),
            warnings: warningsText(t, issues.length - errors),
          })}
        </h2>
        <label>
          {t('report:show')}{' '}
          <select value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
            <option value="all">{t('report:shown.all')}</option>
            <option value="error">{t('report:shown.error')}</option>
            <option value="warning">{t('report:shown.warning')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            downloadText(
              'data-report.csv',
              issuesCsv(issues, (issue) => issueText(t, issue)),
            )
          }
        >
          {t('report:download')}
        </button>
        <button type="button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('report:hideDetails') : t('report:showDetails')}
        </button>
      </div>
      {open &&
        byFile.map(({ file, groups }) => (
          <FileIssuesSection
            key={`${report.version}|${file}`}
            t={t}
            file={file || t('report:dataAddress')}
            groups={groups}
            counts={countsOf(files, names, file)}
          />
        ))}
    </section>
  );
});

/** One file's counts and its groups, the first `FIRST_GROUPS` of them until the user asks for more. */
function FileIssuesSection(props: {
  t: ReportT;
  file: string;
  groups: IssueGroup[];
  counts?: FileCounts;
}) {
  const { t, file, groups, counts } = props;
  const [limit, setLimit] = useState(FIRST_GROUPS);
  const hidden = groups.length - limit;
  const heading = counts ? countsText(t, file, counts, 'page') : file;
  return (
    <div className="issue-file">
      <h3>{heading}</h3>
      {groups.slice(0, limit).map((group) => (
        <IssueTable key={group.key} t={t} group={group} />
      ))}
      {hidden > 0 && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + MORE_GROUPS)}>
          {t('report:moreKinds', { count: Math.min(MORE_GROUPS, hidden), file, hidden })}
        </button>
      )}
    </div>
  );
}

/**
 * One group as a table. Only its first rows are in the page; `aria-rowcount` tells assistive
 * technology how many there are in all, and "Show more" adds the next ones.
 */
function IssueTable({ t, group }: { t: ReportT; group: IssueGroup }) {
  const captionId = useId();
  const table = useRef<HTMLTableElement>(null);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [focusTable, setFocusTable] = useState(false);
  const { issues, severity } = group;
  const many = issues.length > 1;
  const hidden = issues.length - limit;
  // One scan of the group for what its issues share; only when the group or language changes.
  const caption = useMemo(
    () =>
      many
        ? t('report:group', { count: group.issues.length, kind: groupText(t, group) })
        : issueText(t, group.issues[0]!),
    [t, group, many],
  );
  useEffect(() => {
    // The button that had focus is gone once every row is shown: keep focus in the table.
    if (focusTable) table.current?.focus();
  }, [focusTable]);
  return (
    <>
      <table
        ref={table}
        className="issue-table"
        aria-rowcount={issues.length + 1}
        tabIndex={focusTable ? -1 : undefined}
      >
        <caption id={captionId}>
          <span className={`severity-${severity}`}>{severityText(t, severity)}</span> {caption}
        </caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('report:columns.row')}</th>
            <th scope="col">{t('report:columns.column')}</th>
            <th scope="col">{t('report:columns.value')}</th>
            {many && <th scope="col">{t('report:columns.problem')}</th>}
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, limit).map((issue, index) => (
            <tr key={index} aria-rowindex={index + 2}>
              <td>{issue.row || t('report:noRow')}</td>
              <td>{issue.column}</td>
              <td>{issue.value}</td>
              {many && <td>{issueText(t, issue)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <button
          type="button"
          className="show-more"
          aria-describedby={captionId}
          onClick={() => {
            setLimit(limit + MORE_ROWS);
            if (hidden <= MORE_ROWS) setFocusTable(true);
          }}
        >
          {t('report:moreRows', { count: Math.min(MORE_ROWS, hidden), hidden })}
        </button>
      )}
    </>
  );
}
