// What a user does in the VS Code workbench (as code-server serves it), through the DOM with
// Playwright. Every wait is on a selector or a condition with a deadline; nothing sleeps.
// Selectors are VS Code 1.139's; command titles are those of the English UI.

const TIMEOUT = 30_000;

/** Loads the workbench and waits until it has restored its editors and views. */
export async function openWorkbench(page, url, { timeout = 60_000 } = {}) {
  await page.goto(url);
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout });
  // The smoke-test driver, when code-server runs with it, says when the restore is done.
  await page.waitForFunction(() => !globalThis.driver || globalThis.driver.whenWorkbenchRestored().then(() => true),
    null, { timeout });
}

/** Runs a command by its full palette title, e.g. 'PolicyLens: Next Target'. */
export async function runCommand(page, title, { timeout = TIMEOUT } = {}) {
  await typeInQuickInput(page, 'F1', `>${title}`, timeout);
  // A row's aria-label is the title, followed by ", <keybinding>" when it has one.
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label=${css(title)}], `
    + `.quick-input-list .monaco-list-row[aria-label^=${css(`${title}, `)}]`);
  await row.first().click({ timeout });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Opens a workspace file with Quick Open and waits for its editor to be active. */
export async function openFile(page, relativePath, { timeout = TIMEOUT } = {}) {
  const name = relativePath.split('/').pop();
  await typeInQuickInput(page, 'Control+P', relativePath, timeout);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().click({ timeout });
  await page.locator(`.tabs-container .tab.active[aria-label^=${css(name)}]`).waitFor({ timeout });
  await activeEditorLines(page).first().waitFor({ timeout });
}

/** Moves the cursor to a line with Ctrl+G, which also scrolls it into view (Monaco renders visible lines only). */
export async function goToLine(page, line, { timeout = TIMEOUT } = {}) {
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
  await typeInQuickInput(page, 'Control+G', `:${line}`, timeout);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
  return waitForStatusBar(page, new RegExp(`^Ln ${line},`), { timeout });
}

/** Waits for a status bar item whose text matches (a string it contains, or a RegExp); returns the text. */
export async function waitForStatusBar(page, match, { timeout = TIMEOUT } = {}) {
  const item = page.locator('.part.statusbar .statusbar-item').filter({ hasText: match }).first();
  await item.waitFor({ timeout });
  return (await item.innerText()).trim();
}

/** Opens the Problems panel and waits for a row matching `match`; returns every row's label. */
export async function problemRows(page, match, { timeout = TIMEOUT } = {}) {
  await runCommand(page, 'Problems: Focus on Problems View', { timeout });
  return waitForRows(page, '.markers-panel .monaco-list-row', match, timeout);
}

/**
 * Focuses a view through its palette command `${container}: Focus on ${view} View` (container
 * 'Explorer', view 'Outline') and waits for a row matching `match`; returns every visible row's label.
 */
export async function viewRows(page, container, view, { match = /./, timeout = TIMEOUT } = {}) {
  await runCommand(page, `${container}: Focus on ${view} View`, { timeout });
  return waitForRows(page, viewRowSelector(view), match, timeout);
}

/** Waits for a row of a visible view matching `match`, without focusing the view again; returns every row's label. */
export function waitForViewRow(page, view, match, { timeout = TIMEOUT } = {}) {
  return waitForRows(page, viewRowSelector(view), match, timeout);
}

/** Clicks the row of a view that contains `text`: it runs the row's command, as a user's click does. */
export async function clickViewRow(page, view, text, { timeout = TIMEOUT } = {}) {
  await viewRow(page, view, text).click({ timeout });
}

/**
 * Clicks an action in a view's title bar by its label, e.g. 'Collapse All'. A view alone in its
 * container has its actions in the side bar's title instead of its own header.
 */
export async function clickViewAction(page, view, label, { timeout = TIMEOUT } = {}) {
  const action = `[aria-label=${css(label)}]:visible`;
  await page.locator(`${paneSelector(view)} > .pane-header ${action}, .part.sidebar > .composite.title ${action}`).first().click({ timeout });
}

/** Expands a collapsed row of a view by its twistie (a click on the row could also open something). */
export async function expandViewRow(page, view, text, { timeout = TIMEOUT } = {}) {
  const row = viewRow(page, view, text);
  await row.waitFor({ timeout });
  if (await row.getAttribute('aria-expanded') === 'false') await row.locator('.monaco-tl-twistie').click({ timeout });
  await page.locator(`${viewRowSelector(view)}[aria-expanded="true"]`).filter({ hasText: text }).first().waitFor({ timeout });
}

/**
 * Hovers the mouse over `needle` in the active editor's visible lines and returns the hover's
 * text once it matches `expect`. Hovers again until the deadline: the first hover can come before
 * the language server has analysed the file.
 */
export async function hoverText(page, needle, { expect = /\S/, timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  const hover = page.locator('.monaco-editor .monaco-hover:visible').first();
  let seen = '';
  let attempt = 0;
  while (Date.now() < deadline) {
    const point = await textCentre(page, needle);
    if (!point) throw new Error(`${JSON.stringify(needle)} is not on screen in the active editor`);
    await page.mouse.move(point.x, point.y);
    // Now and then Monaco shows no hover for a mouse that arrived mid-layout (1 run in ~8 here);
    // then ask as a keyboard user does: the cursor on the text, Ctrl+K Ctrl+I (Show Hover).
    if (attempt++ > 0) {
      await page.mouse.click(point.x, point.y);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    if (await appears(hover, deadline, 5000)) {
      // Its parts arrive one by one (a diagnostic's first, then each provider's).
      const matching = hover.filter({ hasText: expect });
      if (await appears(matching, deadline, 3000)) return matching.innerText();
      seen = await hover.innerText().catch(() => seen);
    }
    await page.mouse.move(0, 0); // away, so that the next move opens a fresh hover
    await hover.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
  }
  throw new Error(`no hover matching ${expect} over ${JSON.stringify(needle)}; last seen: ${JSON.stringify(seen)}`);
}

/**
 * Clicks on `needle` in the active editor, opens its quick fixes as a user does (Ctrl+., and once
 * more through the palette's Quick Fix… if no widget came) and applies the one whose title
 * contains `title`. Fails with the rows it saw.
 */
export async function applyQuickFix(page, needle, title, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  const widget = page.locator('.action-widget:not(.action-list-submenu-panel)').first();
  const rows = page.locator('.action-widget .monaco-list-row');
  const openers = [() => page.keyboard.press('Control+.'), () => runCommand(page, 'Quick Fix...', { timeout })];
  let seen = [];
  for (const open of openers) {
    const point = await textCentre(page, needle);
    if (!point) throw new Error(`${JSON.stringify(needle)} is not on screen in the active editor`);
    await page.mouse.click(point.x, point.y);
    await open();
    // The widget can open before the server's actions arrive ("No code actions available"), so wait for the row.
    if (await appears(rows.filter({ hasText: title }).first(), deadline, 8000)) {
      await rows.filter({ hasText: title }).first().click({ timeout });
      await widget.waitFor({ state: 'hidden', timeout });
      return;
    }
    seen = await rows.allInnerTexts().catch(() => seen);
    if (seen.length === 0) seen = await page.locator('.monaco-editor .message-widget, .action-widget').allInnerTexts().catch(() => []);
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
  }
  throw new Error(`no quick fix ${JSON.stringify(title)} at ${JSON.stringify(needle)} after Ctrl+. and Quick Fix…; saw: ${JSON.stringify(seen)}`);
}

/** Waits until the active editor's rendered lines contain `text`. */
export async function waitForEditorText(page, text, { timeout = TIMEOUT } = {}) {
  await activeEditorLines(page).filter({ hasText: text }).first().waitFor({ timeout });
}

/** Waits until no row of the Problems panel matches `match` (the panel must be showing). */
export async function waitForNoProblem(page, match, { timeout = TIMEOUT } = {}) {
  await page.locator('.markers-panel .monaco-list-row').filter({ hasText: match }).first().waitFor({ state: 'detached', timeout });
}

/** Hides the side bar and the panel, to give an editor or a webview the whole window. */
export async function closeSidebarAndPanel(page, { timeout = TIMEOUT } = {}) {
  await runCommand(page, 'View: Close Primary Side Bar', { timeout });
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout });
  await runCommand(page, 'View: Hide Panel', { timeout });
  await page.locator('.part.panel').waitFor({ state: 'hidden', timeout });
}

/** Switches the workbench to a light or a dark theme (the default ones) unless it has one already. */
export async function useTheme(page, kind, { timeout = TIMEOUT } = {}) {
  const workbench = (k) => page.locator(`.monaco-workbench.${k === 'dark' ? 'vs-dark' : 'vs'}`);
  if (await workbench(kind).count() > 0) return;
  await runCommand(page, 'Preferences: Toggle between Light/Dark Themes', { timeout });
  await workbench(kind).waitFor({ timeout });
}

/**
 * The page inside the webview whose tab is titled `title` (VS Code nests it in two iframes: the
 * host and the active frame). Waits for its tab to be the active one first.
 */
export async function webview(page, title, { timeout = TIMEOUT } = {}) {
  await page.locator(`.tabs-container .tab.active[aria-label^=${css(title)}]`).waitFor({ timeout });
  return page.frameLocator('iframe.webview.ready:visible').frameLocator('iframe#active-frame');
}

export async function screenshot(page, file) {
  await page.screenshot({ path: file });
  return file;
}

// ---------------------------------------------------------------------------------------------

async function typeInQuickInput(page, key, text, timeout) {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible()) {
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden', timeout });
  }
  await page.keyboard.press(key);
  const input = widget.locator('input.input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(text);
}

/** Whether `locator` shows up within `ms`, or before the deadline if that comes first. */
function appears(locator, deadline, ms) {
  return locator.waitFor({ timeout: Math.max(1, Math.min(ms, deadline - Date.now())) }).then(() => true, () => false);
}

function activeEditorLines(page) {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
}

function paneSelector(view) {
  return `.pane:has(> .pane-header[aria-label^=${css(`${view} Section`)}])`;
}

function viewRowSelector(view) {
  return `${paneSelector(view)} .monaco-list-row`;
}

function viewRow(page, view, text) {
  return page.locator(`${viewRowSelector(view)}:visible`).filter({ hasText: text }).first();
}

async function waitForRows(page, selector, match, timeout) {
  const pattern = typeof match === 'string' ? { text: match } : { source: match.source, flags: match.flags };
  const rows = await page.waitForFunction(([selector, pattern]) => {
    const labels = [...document.querySelectorAll(selector)]
      .filter((row) => row.checkVisibility())
      .map((row) => row.getAttribute('aria-label') ?? row.textContent);
    const matches = (label) => (pattern.text !== undefined ? label.includes(pattern.text) : new RegExp(pattern.source, pattern.flags).test(label));
    return labels.some(matches) && labels;
  }, [selector, pattern], { timeout });
  return rows.jsonValue();
}

/** The centre of the first `needle` in the active editor's rendered lines, in page coordinates. */
function textCentre(page, needle) {
  return activeEditorLines(page).evaluateAll((lines, needle) => {
    for (const line of lines) {
      const at = line.textContent.replace(/\u00a0/g, ' ').indexOf(needle); // Monaco renders spaces as nbsp
      if (at < 0) continue;
      const range = document.createRange();
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let started = false;
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const length = node.textContent.length;
        if (!started && at < offset + length) { range.setStart(node, at - offset); started = true; }
        if (started && at + needle.length <= offset + length) { range.setEnd(node, at + needle.length - offset); break; }
        offset += length;
      }
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, needle);
}

function css(value) { // a CSS attribute value
  return JSON.stringify(value);
}
