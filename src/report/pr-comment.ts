import type { IngestResult } from '../model/result.js';
import type { Plan } from '../model/plan.js';

/** The slice of GitHub's issue-comments API the sticky comment needs (Octokit's `rest.issues` fits it). */
export interface IssueCommentsApi {
  listComments(params: {
    owner: string;
    repo: string;
    issue_number: number;
    per_page: number;
    page: number;
  }): Promise<{ data: Array<{ id: number; body?: string | null | undefined }> }>;
  createComment(params: {
    owner: string;
    repo: string;
    issue_number: number;
    body: string;
  }): Promise<{ data: { id: number } }>;
  updateComment(params: {
    owner: string;
    repo: string;
    comment_id: number;
    body: string;
  }): Promise<{ data: { id: number } }>;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** Hidden marker that identifies our comment for one manifest, so several manifests keep separate comments. */
export function commentMarker(manifest: string): string {
  return `<!-- stac-ingest:plan:${manifest.replace(/-->/g, '')} -->`;
}

const MAX_COMMENT_CHARS = 60_000; // GitHub's limit is 65,536

function planTable(plan: Plan): string[] {
  const lines = ['| Collection | Defined by | Source | Action | Items |', '| --- | --- | --- | --- | ---: |'];
  for (const c of plan.collections) {
    for (const s of c.sources) lines.push(`| \`${c.id}\` | ${c.definedBy} | ${s.id} | ${s.action} | ${s.items} |`);
    if (c.sources.length === 0) lines.push(`| \`${c.id}\` | ${c.definedBy} | | | 0 |`);
  }
  return lines;
}

/** The pull-request comment: the plan, the live-catalog classification when there is one, and the problems. */
export function renderPlanComment(result: IngestResult, runUrl?: string): string {
  const out: string[] = [commentMarker(result.manifest ?? 'stac-ingest.yaml')];
  out.push(`### ${result.ok ? '✅' : '❌'} stac-ingest ${result.command} for \`${result.manifest ?? ''}\``, '');
  if (result.plan) {
    out.push(
      `Target \`${result.plan.target.name}\`: ${result.plan.target.description}. ` +
        `${result.plan.totals.items} item(s) in ${result.plan.collections.length} collection(s).`,
      '',
    );
    out.push(...planTable(result.plan), '');
    if (result.plan.skipped.length) {
      out.push('**Not run on this event**', '');
      for (const s of result.plan.skipped) out.push(`- ${s.entry}: ${s.what} (${s.reason})`);
      out.push('');
    }
  }
  const counted = result.collections.filter(
    (c) => c.counts.new + c.counts.changed + c.counts.unchanged + c.counts.orphans > 0,
  );
  if (counted.length) {
    out.push('| Collection | New | Changed | Unchanged | Orphans |', '| --- | ---: | ---: | ---: | ---: |');
    for (const c of counted)
      out.push(`| \`${c.id}\` | ${c.counts.new} | ${c.counts.changed} | ${c.counts.unchanged} | ${c.counts.orphans} |`);
    out.push('');
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    out.push(`**${errors.length} problem(s)**`, '');
    for (const p of errors.slice(0, 20)) {
      const where = p.location?.file ? `\`${p.location.file}${p.location.line ? ':' + p.location.line : ''}\` ` : '';
      out.push(`- ${where}${p.message.replace(/\n/g, ' ')}`);
    }
    if (errors.length > 20) out.push(`- … and ${errors.length - 20} more (see the job summary)`);
    out.push('');
  }
  if (runUrl) out.push(`[Job summary and report](${runUrl})`);
  let body = out.join('\n');
  if (body.length > MAX_COMMENT_CHARS)
    body = body.slice(0, MAX_COMMENT_CHARS) + '\n\n_…truncated; see the job summary._';
  return body;
}

/** Creates our comment once, then edits it on every push (found by its hidden marker). */
export async function upsertStickyComment(
  api: IssueCommentsApi,
  pr: PullRequestRef,
  body: string,
  marker: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  for (let page = 1; page <= 50; page++) {
    const { data } = await api.listComments({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
      page,
    });
    const mine = data.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    if (mine) {
      await api.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: mine.id, body });
      return { action: 'updated', id: mine.id };
    }
    if (data.length < 100) break;
  }
  const { data } = await api.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return { action: 'created', id: data.id };
}
