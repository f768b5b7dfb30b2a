'use client';
import { useState } from 'react';
import type { CatalogFormat, UploadCommit } from '~/lib/admin/apiTypes';
import type { StagedUpload } from '~/lib/admin/uploadResponse';
import { CommitSummary } from './CommitSummary';
import { FileChooser } from './FileChooser';
import { UploadPreviewStep } from './UploadPreviewStep';

export interface ReadOptions {
  /** Undefined: detected from the file's name and first bytes. */
  format: CatalogFormat | undefined;
  mapping: Record<string, string> | undefined;
}

type Step =
  | { step: 'choose' }
  | { step: 'preview'; upload: StagedUpload; options: ReadOptions }
  | { step: 'done'; result: UploadCommit };

/** Upload → preview (with mapping and the row report) → commit → result. */
export function UploadFlow({ store, limitBytes }: { store: string; limitBytes: number }) {
  const [state, setState] = useState<Step>({ step: 'choose' });
  const restart = () => setState({ step: 'choose' });
  switch (state.step) {
    case 'choose':
      return (
        <FileChooser
          store={store}
          limitBytes={limitBytes}
          onUploaded={(upload) =>
            setState({
              step: 'preview',
              upload,
              options: { format: undefined, mapping: undefined },
            })
          }
        />
      );
    case 'preview':
      return (
        <UploadPreviewStep
          store={store}
          upload={state.upload}
          options={state.options}
          onOptions={(options) => setState({ ...state, options })}
          onCommitted={(result) => setState({ step: 'done', result })}
          onRestart={restart}
        />
      );
    case 'done':
      return <CommitSummary store={store} result={state.result} onRestart={restart} />;
  }
}
