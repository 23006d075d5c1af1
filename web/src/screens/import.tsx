// Import: drop FIT, GPX, TCX or zip files (a watch or app export); each is sent in turn with
// its own progress bar, and each file inside ends with its own result line.
import { type DragEvent, useRef, useState } from 'react';
import { formatDay } from '../../../src/core/plan/describe.js';
import { type ActivityView, api, type ImportResult } from '../api.js';
import { asApiError } from '../resource.js';
import { useAthlete } from '../session.js';
import { showDistance } from '../units.js';

/** What the server reads: FIT, GPX and TCX, plain or gzipped (as exports ship them). */
const ACCEPTED = ['.fit', '.gpx', '.tcx', '.gz', '.zip'];

interface Upload {
  key: string;
  file: File;
  progress: number;
  state: 'waiting' | 'sending' | 'done' | 'failed';
  results: ImportResult[];
  activities: ActivityView[];
  error?: string;
}

const accepted = (f: File) => ACCEPTED.some((ext) => f.name.toLowerCase().endsWith(ext));

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const RESULT_TEXT: Record<ImportResult['status'], [string, string]> = {
  imported: ['Imported', 'badge-ok'],
  partial: ['Imported in part', 'badge-warn'],
  duplicate: ['Already imported', ''],
  failed: ['Not imported', 'badge-danger'],
};

export default function Import() {
  const { athleteId, units } = useAthlete();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  const busy = useRef(false);
  const counter = useRef(0);

  const update = (key: string, patch: Partial<Upload>) =>
    setUploads((us) => us.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  /** Sends queued files one at a time, so progress reads in order and the server is not flooded. */
  const run = async (queue: Upload[]) => {
    if (busy.current) return;
    busy.current = true;
    for (const u of queue) {
      update(u.key, { state: 'sending' });
      try {
        const answer = await api.importFile(athleteId, u.file, (progress) =>
          update(u.key, { progress }),
        );
        update(u.key, {
          state: 'done',
          progress: 1,
          results: answer.files,
          activities: answer.activities,
        });
      } catch (e) {
        update(u.key, { state: 'failed', error: asApiError(e).message });
      }
    }
    busy.current = false;
  };

  const add = (files: FileList | null) => {
    if (!files) return;
    const list = [...files];
    setSkipped(list.filter((f) => !accepted(f)).map((f) => f.name));
    const queued: Upload[] = list.filter(accepted).map((file) => ({
      key: `${++counter.current}`,
      file,
      progress: 0,
      state: 'waiting',
      results: [],
      activities: [],
    }));
    setUploads((us) => [...queued, ...us]);
    void run(queued);
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    add(e.dataTransfer.files);
  };

  return (
    <>
      <div className="page-head">
        <h1>Import</h1>
        <p>Runs from your watch or app: FIT, GPX and TCX files, gzipped or not.</p>
      </div>
      <section
        className={`dropzone${over ? ' over' : ''}`}
        aria-label="Drop files here"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p className="state-title">Drop files here</p>
        <p className="small">or</p>
        <label className="button primary file-button">
          Choose files
          <input
            type="file"
            multiple
            accept={ACCEPTED.join(',')}
            className="visually-hidden"
            onChange={(e) => {
              add(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <p className="small">{ACCEPTED.join(', ')}</p>
      </section>
      {skipped.length > 0 && (
        <p className="field-error" role="alert">
          Skipped (not FIT, GPX, TCX, gzip or zip): {skipped.join(', ')}
        </p>
      )}
      {uploads.length > 0 && (
        <section className="section" aria-labelledby="uploads-title">
          <h2 id="uploads-title">Files</h2>
          <ul className="list-plain card uploads" aria-live="polite">
            {uploads.map((u) => (
              <li key={u.key}>
                <div className="row-between">
                  <strong className="file-name">{u.file.name}</strong>
                  <span className="muted small">{sizeText(u.file.size)}</span>
                </div>
                {(u.state === 'sending' || u.state === 'waiting') && (
                  <progress max={1} value={u.progress} aria-label={`Uploading ${u.file.name}`} />
                )}
                {u.state === 'waiting' && <p className="small muted">Waiting…</p>}
                {u.state === 'failed' && <p className="field-error">{u.error}</p>}
                {u.state === 'done' && (
                  <ul className="list-plain results">
                    {u.results.length === 0 && (
                      <li className="small muted">No activities found.</li>
                    )}
                    {u.results.map((r, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: results keep the zip's order
                      <li key={i} className="small">
                        <span className={`badge ${RESULT_TEXT[r.status][1]}`}>
                          {RESULT_TEXT[r.status][0]}
                        </span>{' '}
                        {r.file !== u.file.name && <span>{r.file}</span>}
                        {r.error && <span> {r.error}</span>}
                      </li>
                    ))}
                    {u.activities.map((a) => (
                      <li key={a.id} className="small muted">
                        {a.title ? `${a.title}: ${a.sport}` : a.sport} on {formatDay(a.date, true)}:{' '}
                        {showDistance(a.distanceKm, units)}
                        {a.partialReason ? ` (${a.partialReason})` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
