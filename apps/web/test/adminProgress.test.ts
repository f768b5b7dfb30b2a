import { describe, expect, it } from 'vitest';
import { FILE_NAME_HEADER } from '@shopsearch/api';
import { adminErrorMessage, apiFieldErrors, fieldErrorsOf } from '../src/lib/admin/apiError';
import {
  formatBytes,
  formatEta,
  formatRate,
  isUnfinished,
  jobPercent,
} from '../src/lib/admin/reindexProgress';
import { adminHref, UPLOAD_FILE_NAME_HEADER, uploadUrl } from '../src/lib/admin/routes';
import { readUploadResponse } from '../src/lib/admin/uploadResponse';

describe('re-index progress', () => {
  it('reads as a percentage that reaches 100 only when done', () => {
    expect(jobPercent({ processed: 0, total: 200, state: 'queued' })).toBe(0);
    expect(jobPercent({ processed: 199, total: 200, state: 'running' })).toBe(99);
    expect(jobPercent({ processed: 200, total: 200, state: 'succeeded' })).toBe(100);
    expect(jobPercent({ processed: 0, total: 0, state: 'succeeded' })).toBe(100);
    expect(jobPercent({ processed: 0, total: 0, state: 'running' })).toBe(0);
  });

  it('keeps polling only while a job is unfinished', () => {
    expect(['queued', 'running', 'cancelling'].every((s) => isUnfinished(s as never))).toBe(true);
    expect(['succeeded', 'failed', 'cancelled'].some((s) => isUnfinished(s as never))).toBe(false);
  });

  it('formats rate, time left and sizes for people', () => {
    expect(formatRate(null)).toBe('–');
    expect(formatRate(3.14159)).toBe('3.1 products/s');
    expect(formatRate(1234.5)).toBe('1,235 products/s');
    expect(formatEta(null, 'running')).toBe('estimating…');
    expect(formatEta(42.4, 'running')).toBe('about 42 s');
    expect(formatEta(600, 'running')).toBe('about 10 min');
    expect(formatEta(7200, 'running')).toBe('about 2 h');
    expect(formatEta(null, 'succeeded')).toBe('done');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
  });
});

describe('routes', () => {
  it('builds the admin’s addresses', () => {
    expect(adminHref('demo', 'catalog')).toBe('/admin/demo/catalog');
    expect(uploadUrl('corner-shop')).toBe('/api/admin/upload?store=corner-shop');
    expect(UPLOAD_FILE_NAME_HEADER).toBe(FILE_NAME_HEADER);
  });
});

describe('upload answers and API errors', () => {
  it('reads the upload route’s answer or its refusal', () => {
    const upload = { id: 'a'.repeat(32), fileName: 'x.csv', bytes: 10, expiresAt: '' };
    expect(readUploadResponse(201, { upload })).toEqual({ ok: true, upload });
    expect(
      readUploadResponse(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Too big.' } }),
    ).toEqual({ ok: false, message: 'Too big.' });
    expect(readUploadResponse(413, null)).toEqual({
      ok: false,
      message: 'The file is larger than the upload limit.',
    });
    expect(readUploadResponse(502, '<html>')).toMatchObject({ ok: false });
  });

  it('shows the API’s refusals as written, and nothing of unexpected failures', () => {
    const refusal = Object.assign(new Error('This product does not exist in this store.'), {
      data: { code: 'NOT_FOUND', fieldErrors: null },
    });
    expect(adminErrorMessage(refusal)).toBe('This product does not exist in this store.');
    const crash = Object.assign(new Error('TypeError: x is undefined'), {
      data: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(adminErrorMessage(crash)).toBe('This did not work just now. Please try again.');
    const invalid = { data: { code: 'BAD_REQUEST', fieldErrors: { 'patch.title': ['empty'] } } };
    expect(apiFieldErrors(invalid)).toEqual({ 'patch.title': ['empty'] });
    expect(apiFieldErrors(refusal)).toBeNull();
  });

  it('gives each form field the first of the API’s messages for it', () => {
    const invalid = {
      data: { fieldErrors: { password: ['too short', 'too common'], email: [], slug: ['taken'] } },
    };
    expect(fieldErrorsOf(invalid)).toEqual({ password: 'too short', slug: 'taken' });
    expect(fieldErrorsOf(new Error('offline'))).toEqual({});
  });
});
