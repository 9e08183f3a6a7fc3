// The redline page: check a filing or page, audit an entity list, browse the rules. It talks to
// the JSON API of the server that served it (GET /api/openapi.json describes it), and holds no
// state the server does not give it.
"use strict";

const TEXT = {
  en: {
    tagline: "Yinfa [2026] No. 42 compliance check",
    "tab.check": "Check a filing or page", "tab.audit": "Audit an entity list", "tab.rules": "Rules",
    language: "Language",
    "check.title": "Check a registration filing or a product page",
    "check.hint": "Paste text, or drop a file: YAML or JSON filings, Markdown, HTML or text pages.",
    "check.drop": "Drop a file here, or press Enter to choose one",
    "check.paste": "…or paste it", "check.name": "Kind", "check.run": "Check",
    "kind.page": "Product page (Markdown or text)", "kind.html": "Web page (HTML)",
    "kind.filing": "Registration filing (YAML)", "kind.json": "Registration filing (JSON)",
    "audit.title": "Audit an entity list",
    "audit.hint": "CSV, TSV, JSON Lines or Excel, in UTF-8, GB18030, GBK, Big5 or UTF-16: every row is accounted for.",
    "audit.drop": "Drop an entity list here, or press Enter to choose one",
    "audit.xlsx": "Download Excel report", "audit.csv": "Download CSV",
    "rules.title": "What redline checks", "rules.list": "Rules",
    errors: "error(s)", warnings: "warning(s)", clean: "No finding: nothing in this text breaches the notice as redline reads it.",
    setAside: "mentions set aside (not offered by the text itself)",
    problems: "input problems", show: "Show in text", why: "Why", exceptions: "Exception not met",
    context: "Context", read: "Read from",
    rows: "rows", rowsRead: "rows read", rowsClean: "clean", rowsFlagged: "flagged", rowsErrors: "not checked",
    findings: "findings", article: "Article", count: "Findings", encoding: "encoding",
    running: "Auditing…", failed: "The list could not be audited",
    coverage: "Article", status: "Status", ruleCol: "Rules", note: "What covers it",
    grants: "Grant kinds",
  },
  zh: {
    tagline: "银发〔2026〕42号 合规检查",
    "tab.check": "检查登记材料或页面", "tab.audit": "批量核查企业名单", "tab.rules": "规则",
    language: "语言",
    "check.title": "检查登记材料或产品页面",
    "check.hint": "粘贴文字，或拖入文件：YAML/JSON 登记材料，Markdown、HTML 或纯文本页面。",
    "check.drop": "将文件拖到此处，或按回车键选择文件",
    "check.paste": "…或直接粘贴", "check.name": "类型", "check.run": "检查",
    "kind.page": "产品页面（Markdown 或文本）", "kind.html": "网页（HTML）",
    "kind.filing": "登记材料（YAML）", "kind.json": "登记材料（JSON）",
    "audit.title": "批量核查企业名单",
    "audit.hint": "支持 CSV、TSV、JSON Lines、Excel，编码 UTF-8、GB18030、GBK、Big5、UTF-16：每一行都有交代。",
    "audit.drop": "将名单文件拖到此处，或按回车键选择文件",
    "audit.xlsx": "下载 Excel 报告", "audit.csv": "下载 CSV",
    "rules.title": "redline 检查哪些内容", "rules.list": "规则",
    errors: "个错误", warnings: "个警告", clean: "未发现问题：按 redline 的理解，本文没有违反通知的内容。",
    setAside: "处提及已排除（并非本文自身提供）",
    problems: "个输入问题", show: "在原文中定位", why: "理由", exceptions: "例外条件未满足",
    context: "语境", read: "事实读取自",
    rows: "行", rowsRead: "读取行数", rowsClean: "未发现问题", rowsFlagged: "有发现", rowsErrors: "未能检查",
    findings: "发现数", article: "条款", count: "发现数", encoding: "编码",
    running: "正在核查…", failed: "名单无法核查",
    coverage: "条", status: "状态", ruleCol: "规则", note: "说明",
    grants: "批准、同意、备案种类",
  },
};

let lang = (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
const t = (key) => (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function showError(body) {
  const box = $("toast");
  box.textContent = body && body.message ? `${body.message}${body.help ? " — " + body.help : ""} [${body.code}]` : String(body);
  box.hidden = false;
  setTimeout(() => { box.hidden = true; }, 8000);
}

async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw body;
  return body;
}

// ─── Language and views ──────────────────────────────────────────────────────────────────────
function applyLanguage() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  $("lang").value = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  if (lastCheck) renderCheck(lastCheck);
  if (rulesLoaded) loadRules();
  if (lastAudit) renderAudit(lastAudit);
}

function showView(view) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const on = tab.dataset.view === view;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    $(`view-${tab.dataset.view}`).hidden = !on;
  }
  if (view === "rules" && !rulesLoaded) loadRules();
}

// ─── Check ───────────────────────────────────────────────────────────────────────────────────
let lastCheck = null;
let checkName = null;

async function runCheck(name, body) {
  try {
    lastCheck = await api(`/api/check?name=${encodeURIComponent(name)}&lang=${lang}`, { method: "POST", body });
    checkName = name;
    renderCheck(lastCheck);
  } catch (error) { showError(error); }
}

function renderCheck(report) {
  $("check-result").hidden = false;
  const findings = report.findings || [];
  const s = report.summary || {};
  const summary = $("check-summary");
  summary.replaceChildren();
  if (findings.length === 0 && !(report.problems || []).length) {
    summary.append(el("span", { class: "clean" }, t("clean")));
  } else {
    summary.append(el("span", { class: "count" }, `${s.errors || 0} ${t("errors")}, ${s.warnings || 0} ${t("warnings")}`));
  }
  if ((report.set_aside || []).length) summary.append(` · ${report.set_aside.length} ${t("setAside")}`);
  if ((report.problems || []).length) summary.append(` · ${report.problems.length} ${t("problems")}: `, report.problems.map((p) => `${p.message} [${p.code}]`).join("; "));

  // The text with every finding in place: offsets are bytes of the UTF-8 file.
  const bytes = new TextEncoder().encode(report.text || "");
  const decode = (a, b) => new TextDecoder().decode(bytes.slice(a, b));
  const placed = findings.map((f, i) => ({ f, i })).filter(({ f }) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.end > f.start)
    .sort((a, b) => a.f.start - b.f.start);
  const source = $("check-source");
  source.replaceChildren();
  let at = 0;
  for (const { f, i } of placed) {
    if (f.start < at) continue;
    source.append(decode(at, f.start));
    source.append(el("mark", { id: `hit-${i}`, class: f.severity, title: `${f.rule} · ${f.citation}`, onclick: () => focusFinding(i) }, decode(f.start, f.end)));
    at = f.end;
  }
  source.append(decode(at, bytes.length));

  const list = $("check-findings");
  list.replaceChildren();
  findings.forEach((f, i) => {
    const item = el("li", { class: `finding ${f.severity}`, id: `finding-${i}`, tabindex: "-1" },
      el("div", {}, el("span", { class: `badge ${f.severity}` }, f.severity), el("span", { class: "cite" }, f.citation)),
      el("div", { class: "message" }, f.message),
      el("div", { class: "help" }, f.help),
      f.context ? el("div", { class: "why" }, `${t("context")}: ${f.context}${f.cue ? ` (“${f.cue.text || f.cue}”)` : ""}`) : null,
      (f.facts_read || []).map((r) => el("div", { class: "why" }, `${t("read")}: ${r.fact} = ${r.value} ← “${r.from}” (${r.by})`)),
      (f.exceptions || []).map((e) => el("div", { class: "why" }, `${t("exceptions")}: ${e}`)),
      el("div", { class: "rule" }, `${f.rule}${f.line ? ` · ${f.line}:${f.column}` : ""}`),
      Number.isInteger(f.start) ? el("button", { onclick: () => showHit(i) }, t("show")) : null);
    list.append(item);
  });
}

function showHit(i) {
  const hit = $(`hit-${i}`);
  if (!hit) return;
  document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  hit.classList.add("active");
  hit.scrollIntoView({ block: "center" });
}

function focusFinding(i) {
  const item = $(`finding-${i}`);
  if (item) { item.focus(); item.scrollIntoView({ block: "nearest" }); }
  showHit(i);
}

// ─── Audit ───────────────────────────────────────────────────────────────────────────────────
let lastAudit = null;

async function startAudit(file) {
  try {
    $("audit-result").hidden = true;
    $("audit-progress").hidden = false;
    $("audit-name").textContent = file.name;
    setProgress(0, 0);
    const job = await api(`/api/audits?name=${encodeURIComponent(file.name)}&lang=${lang}`, { method: "POST", body: file });
    poll(job.id);
  } catch (error) { $("audit-progress").hidden = true; showError(error); }
}

function setProgress(done, rows) {
  $("audit-fill").style.width = `${done}%`;
  $("audit-bar").setAttribute("aria-valuenow", String(done));
  $("audit-count").textContent = rows ? `${t("running")} ${rows.toLocaleString()} ${t("rows")}` : t("running");
}

async function poll(id) {
  try {
    const job = await api(`/api/audits/${id}`);
    if (job.state === "running") {
      setProgress(job.total ? Math.min(99, Math.round((100 * job.bytes) / job.total)) : 0, job.rows);
      setTimeout(() => poll(id), 250);
      return;
    }
    $("audit-progress").hidden = true;
    if (job.state === "failed") { showError({ code: job.code, message: `${t("failed")}: ${job.message}` }); return; }
    lastAudit = job;
    renderAudit(job);
  } catch (error) { showError(error); }
}

function renderAudit(job) {
  const s = job.summary;
  $("audit-result").hidden = false;
  $("audit-summary").replaceChildren(
    el("strong", {}, job.name), ` · ${t("rowsRead")} ${s.rows_read} = ${t("rowsClean")} ${s.rows_clean} + ${t("rowsFlagged")} ${s.rows_flagged} + ${t("rowsErrors")} ${s.rows_with_errors} · ${t("findings")} ${s.findings}`,
    job.encoding ? ` · ${t("encoding")} ${job.encoding}` : "");
  const table = $("audit-articles");
  table.replaceChildren(el("tr", {}, el("th", {}, t("article")), el("th", {}, t("count"))));
  for (const [article, count] of Object.entries(s.by_article || {})) {
    table.append(el("tr", {}, el("td", {}, lang === "zh" ? `第${article}条` : `art. ${article}`), el("td", {}, count)));
  }
  $("audit-xlsx").href = `/api/audits/${job.id}/report.xlsx`;
  $("audit-csv").href = `/api/audits/${job.id}/report.csv`;
}

// ─── Rules ───────────────────────────────────────────────────────────────────────────────────
let rulesLoaded = false;

async function loadRules() {
  try {
    const data = await api(`/api/rules?lang=${lang}`);
    rulesLoaded = true;
    $("rules-notice").textContent = data.notices.map((n) => `${n.cite} — ${n.title} (${n.issued})`).join("; ");
    const coverage = $("rules-coverage");
    coverage.replaceChildren(el("tr", {}, el("th", {}, t("coverage")), el("th", {}, t("status")), el("th", {}, t("ruleCol")), el("th", {}, t("note"))));
    for (const row of data.coverage) {
      coverage.append(el("tr", {}, el("td", {}, row.article), el("td", {}, row.status), el("td", {}, row.rules.join(", ") || "—"), el("td", {}, row.note)));
    }
    const list = $("rules-list");
    list.replaceChildren();
    for (const rule of data.rules) {
      list.append(el("li", {}, el("button", { onclick: (e) => explain(rule.id, e.currentTarget) },
        el("span", { class: "id" }, rule.id), el("span", { class: "cite" }, `${rule.citation} · ${rule.summary}`))));
    }
  } catch (error) { showError(error); }
}

async function explain(id, button) {
  try {
    const page = await api(`/api/rules/${encodeURIComponent(id)}?lang=${lang}`);
    document.querySelectorAll(".rule-list button").forEach((b) => b.removeAttribute("aria-current"));
    if (button) button.setAttribute("aria-current", "true");
    $("rules-explain").textContent = page.text;
  } catch (error) { showError(error); }
}

// ─── Wiring ──────────────────────────────────────────────────────────────────────────────────
function dropZone(zone, input, onFile) {
  zone.addEventListener("click", () => input.click());
  zone.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } });
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (e) => { e.preventDefault(); zone.classList.remove("over"); if (e.dataTransfer.files[0]) onFile(e.dataTransfer.files[0]); });
  input.addEventListener("change", () => { if (input.files[0]) onFile(input.files[0]); input.value = ""; });
}

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.addEventListener("click", () => showView(tab.dataset.view));
    tab.addEventListener("keydown", (e) => {
      const tabs = [...document.querySelectorAll("[role=tab]")];
      const at = tabs.indexOf(tab);
      const next = e.key === "ArrowRight" ? tabs[(at + 1) % tabs.length] : e.key === "ArrowLeft" ? tabs[(at + tabs.length - 1) % tabs.length] : null;
      if (next) { next.focus(); showView(next.dataset.view); }
    });
  }
  $("lang").addEventListener("change", () => { lang = $("lang").value; applyLanguage(); });
  $("check-run").addEventListener("click", () => runCheck($("check-name").value, $("check-text").value));
  dropZone($("check-drop"), $("check-file"), async (file) => {
    $("check-text").value = await file.text();
    runCheck(file.name, file);
  });
  dropZone($("audit-drop"), $("audit-file"), startAudit);
  applyLanguage();
  showView("check");
});
