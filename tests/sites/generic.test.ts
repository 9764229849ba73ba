import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../lib/sites/generic';
import { click, describeFixture, key, loadFixture, sendVerdict } from './fixture-harness';

const THREAD = ['customerMessage', 'customerName', 'customerEmail', 'ticketId'] as const;

describeFixture(genericAdapter, {
  file: 'generic-self-hosted.html',
  url: 'https://desk.harborfreight-demo.example/tickets/20931',
  expect: {},
  unreadable: [...THREAD],
});

describe('generic adapter with two writing areas', () => {
  const load = () => loadFixture('generic-two-editors.html', 'https://support.campnet.example/conversations/5521');

  it('finds no editor while none is focused: two candidates are ambiguous', () => {
    const { doc } = load();
    expect(genericAdapter.findEditor(doc)).toBeNull();
    expect(genericAdapter.readContext(doc, new URL(doc.URL)).unreadable).toEqual(['editor', ...THREAD]);
  });

  it('takes the focused one, from a caret inside a nested paragraph', () => {
    const { doc } = load();
    const reply = doc.querySelector<HTMLElement>('[data-fixture-role="active-editor"]')!;
    reply.focus();
    expect(genericAdapter.findEditor(doc)).toBe(reply);
    expect(genericAdapter.readContext(doc, new URL(doc.URL)).unreadable).toEqual([...THREAD]);
  });

  it('never takes a recipient combobox for the draft', () => {
    const { doc } = load();
    doc.querySelector<HTMLElement>('[role="combobox"]')!.focus();
    expect(genericAdapter.findEditor(doc)).toBeNull();
  });

  it('recognizes the role=button Send next to the focused editor, not the attach button', () => {
    const { doc, window } = load();
    const reply = doc.querySelector<HTMLElement>('[data-fixture-role="active-editor"]')!;
    reply.focus();
    const send = doc.querySelector('[data-fixture-role="send"] span')!;
    expect(sendVerdict(genericAdapter, reply, send, click(window))).toBe(true);
    expect(sendVerdict(genericAdapter, reply, doc.querySelector('[aria-label="Attach file"]')!, click(window))).toBe(false);
    expect(sendVerdict(genericAdapter, reply, reply.querySelector('span')!, key(window, { key: 'Enter', ctrlKey: true }))).toBe(true);
  });

  it('finds an editor inside an open shadow root', () => {
    const { doc } = load();
    for (const el of Array.from(doc.querySelectorAll('[contenteditable]'))) el.remove();
    const host = doc.createElement('reply-box');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" role="textbox"><p>Hello</p></div>';
    expect(genericAdapter.findEditor(doc)).toBe(shadow.firstElementChild);
  });
});

describe('send labels', () => {
  it.each([
    ['Send', true], ['Send and archive', true], ['Submit as Solved', true], ['Senden', true], ['Envoyer', true],
    ['Enviar respuesta', true], ['送信', true], ['Resend code', false], ['Schedule send', false], ['Sender details', false], ['Sending options', false],
  ])('a button labelled "%s" next to the editor is send: %s', (label, expected) => {
    const { doc, window } = loadFixture('generic-self-hosted.html', 'https://desk.harborfreight-demo.example/tickets/20931');
    const editor = doc.querySelector<HTMLElement>('#reply-body')!;
    const button = doc.querySelector('[data-fixture-role="send"]')!;
    button.textContent = label;
    expect(sendVerdict(genericAdapter, editor, button, click(window))).toBe(expected);
  });
});
