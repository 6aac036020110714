import { describe, expect, it } from 'vitest';
import {
  commentMarker,
  renderPlanComment,
  upsertStickyComment,
  type IssueCommentsApi,
} from '../src/report/pr-comment.js';
import type { IngestResult } from '../src/model/result.js';

/**
 * GitHub's REST API cannot run here, so this is an in-memory FAKE of the three issue-comment calls
 * (the one thing the project fakes for reports); it keeps comments like GitHub does, paginated by 100.
 */
function fakeGitHub(existing: Array<{ id: number; body: string }> = []) {
  const comments = [...existing];
  const calls: string[] = [];
  let next = 1000;
  const api: IssueCommentsApi = {
    async listComments({ per_page, page }) {
      calls.push(`list:${page}`);
      return { data: comments.slice((page - 1) * per_page, page * per_page) };
    },
    async createComment({ body }) {
      calls.push('create');
      const c = { id: next++, body };
      comments.push(c);
      return { data: { id: c.id } };
    },
    async updateComment({ comment_id, body }) {
      calls.push(`update:${comment_id}`);
      const c = comments.find((x) => x.id === comment_id);
      if (!c) throw new Error('404');
      c.body = body;
      return { data: { id: comment_id } };
    },
  };
  return { api, comments, calls };
}

function result(items: number, ok = true): IngestResult {
  return {
    ok,
    command: 'plan',
    manifest: 'stac-ingest.yaml',
    plan: {
      manifest: 'stac-ingest.yaml',
      target: {
        name: 'staging',
        type: 'maap',
        description: 'publish to the MAAP pipeline (stack MAAP-STAC-staging-pgSTAC)',
      },
      collections: [
        {
          id: 'c1',
          definedBy: 'file',
          sources: [
            {
              id: 'scenes',
              entry: 'sources[0] (scenes)',
              action: 'generate-remote',
              items,
              knownIds: [],
              requests: items,
            },
          ],
          items,
        },
      ],
      totals: { collections: 1, sources: 1, items, requests: items, localRequests: 0, remoteRequests: items },
      notes: [],
      skipped: [],
    },
    collections: [],
    problems: ok
      ? []
      : [
          {
            severity: 'error',
            stage: 'validate',
            message: 'bad datetime',
            location: { file: 'items/a.json', line: 3 },
          },
        ],
    stages: [],
    startedAt: '2026-11-22T00:00:00Z',
    durationMs: 10,
  };
}

describe('sticky pull-request comment', () => {
  const pr = { owner: 'maap', repo: 'data', number: 7 };
  const marker = commentMarker('stac-ingest.yaml');

  it('is created once, then updated in place on the next push', async () => {
    const gh = fakeGitHub([
      { id: 1, body: 'LGTM' },
      { id: 2, body: 'another bot' },
    ]);
    const first = await upsertStickyComment(gh.api, pr, renderPlanComment(result(4)), marker);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(gh.api, pr, renderPlanComment(result(5, false)), marker);
    expect(second).toEqual({ action: 'updated', id: first.id });
    expect(gh.comments).toHaveLength(3);
    const ours = gh.comments.find((c) => c.id === first.id)!;
    expect(ours.body).toContain('❌ stac-ingest plan');
    expect(ours.body).toContain('| `c1` | file | scenes | generate-remote | 5 |');
    expect(ours.body).toContain('`items/a.json:3` bad datetime');
    expect(gh.comments.filter((c) => c.body.includes(marker))).toHaveLength(1);
  });

  it('finds its comment past the first page of 100', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `comment ${i}` }));
    const gh = fakeGitHub([...others, { id: 999, body: `${marker}\nold plan` }]);
    const r = await upsertStickyComment(gh.api, pr, renderPlanComment(result(1)), marker);
    expect(r).toEqual({ action: 'updated', id: 999 });
    expect(gh.calls).toEqual(['list:1', 'list:2', 'update:999']);
  });

  it('keeps one comment per manifest', () => {
    expect(commentMarker('a/stac-ingest.yaml')).not.toBe(commentMarker('b/stac-ingest.yaml'));
  });
});
