// @vitest-environment happy-dom
/**
 * collectText with computed styles (the path real browsers take): display, visibility,
 * white-space and font-weight from getComputedStyle, tag rules where the engine says nothing.
 */
import { describe, expect, it } from 'vitest';
import { collectText, isMapLive } from '@/lib/sites/collect';
import { checkMap } from './helpers';

describe('collectText with computed styles', () => {
  it('follows display, visibility, white-space and font-weight', () => {
    document.body.innerHTML =
      '<div id="r"><div>a</div><span style="display:block">b</span><span style="display:inline-block">REST API</span><span style="display:inline-flex">Java</span><span>d</span>' +
      '<ul><li>e</li></ul><p style="visibility:hidden">hid</p><table><tr><td>x</td><td>y</td></tr></table>' +
      '<p><span style="font-weight:700">Requirements</span></p><pre>p  q</pre><p style="white-space:pre-wrap">k  l</p></div>';
    const c = collectText(document.getElementById('r')!, { computed: true });
    expect(c.text).toBe('a\nb\nREST API Java d\n• e\nx y\nRequirements\np  q\nk  l');
    expect(c.headings.map((h) => c.text.slice(h.start, h.end))).toEqual(['Requirements']);
    checkMap(c.text, c.map);
  });

  it('isMapLive turns false when the page re-renders the posting', () => {
    document.body.innerHTML = '<div id="r"><p>Python and Go</p></div>';
    const c = collectText(document.getElementById('r')!);
    expect(isMapLive(c.map)).toBe(true);
    document.getElementById('r')!.innerHTML = '<p>Python and Go</p>';
    expect(isMapLive(c.map)).toBe(false);
  });
});
