import MTLintCore
import MTLintText

/// The fixed parts of the HTML report: its head with the style sheet, and the script. Both
/// are inline (the page loads nothing: it works from `file://`, as a CI artifact, offline).
///
/// The page is written in one pass while the run goes on: the files first, as they finish,
/// then the summary, which needs the whole run. A flex column puts the summary on top
/// (`order: -1`); the script moves it there in the document too, so that keyboard and
/// screen-reader order follow what is seen.
enum HTMLPage {
    /// Up to the opening of the file list; in records mode (`--input-format jsonl`) the list
    /// is of records, and says so (`data-units` for the script's status line).
    static func head(checksRecords: Bool) -> String {
        let (title, units) = checksRecords ? ("Records", #" data-units="records""#) : ("Files", "")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(ToolInfo.name) \(ToolInfo.version)">
            <title>mtlint report</title>
            <style>
            \(style)</style>
            <style id="filter-style"></style>
            </head>
            <body>
            <div id="page">
            <header id="top"><h1>mtlint report</h1> <nav><a href="#summary">Summary</a> · <a href="#files">\(title)</a> · <a href="#rules">Rules</a></nav></header>
            <main id="files"\(units) aria-labelledby="files-title">
            <h2 id="files-title">\(title)</h2>

            """
    }

    /// What follows the rules' explanations.
    static let tail = """
        </div>
        <script>\(scriptContent)</script>
        </body>
        </html>

        """

    /// Nothing is loaded, and no script runs but the page's own, named by its hash: even text
    /// that escaped its escaping could not run or fetch anything.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        + "script-src 'sha256-\(SHA256.base64Digest(scriptContent))'; base-uri 'none'; form-action 'none'"

    /// The text of the `<script>` element, which the policy's hash is of.
    static let scriptContent = "\n" + script

    static let style = """
        :root{--bg:#fff;--e:#b3261e;--e-bg:#fde2df;--w:#8a5a00;--w-bg:#fff0c2;--i:#1f5fa8;--i-bg:#e1ecfa;--fg:#1b1b1b;--muted:#5f6368;--line:#d9d9d9;--panel:#f6f7f8;color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{--bg:#121314;--e:#ff8a80;--e-bg:#5a1d1a;--w:#ffd166;--w-bg:#4a3a0a;--i:#8ab4f8;--i-bg:#1c3350;--fg:#e8e8e8;--muted:#a0a4a8;--line:#444;--panel:#202225}}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
        #page{display:flex;flex-direction:column;max-width:1500px;margin:0 auto;padding:0 16px 48px}
        #top{order:-2;display:flex;gap:16px;align-items:baseline;flex-wrap:wrap;border-bottom:1px solid var(--line)}
        #top h1{font-size:1.4em;margin:12px 0}
        #summary{order:-1}
        h2{font-size:1.15em;margin:0}
        a{color:var(--i)}
        code,pre,.src{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.92em}
        .muted,.meta{color:var(--muted)}
        .totals{font-size:1.05em}
        .n.e,.sv.e{color:var(--e)}.n.w,.sv.w{color:var(--w)}.n.i,.sv.i{color:var(--i)}
        .charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
        .chart{flex:1 1 420px;min-width:0}
        .chart h3,#summary h3{font-size:1em;margin:16px 0 6px}
        svg{max-width:100%;height:auto;font:12px system-ui,sans-serif}
        svg text{fill:var(--fg)}svg .lbl{font-family:ui-monospace,Menlo,Consolas,monospace}
        svg a text{fill:var(--i)}
        rect.e{fill:var(--e)}rect.w{fill:var(--w)}rect.i{fill:var(--i)}rect.s{fill:#5b8def}rect.ok{fill:#2e8540}
        table{border-collapse:collapse}td,th{padding:2px 10px 2px 0;text-align:left;vertical-align:top}th{font-weight:600}td.num,th.num{text-align:right}
        #filters{margin:12px 0;padding:8px 12px;background:var(--panel);border:1px solid var(--line);border-radius:6px}
        #filters fieldset{border:0;margin:0;padding:2px 0}#filters legend{float:left;font-weight:600;margin-right:8px}
        #filters label{margin-right:12px;white-space:nowrap}
        #filters .rules label{display:inline-block}
        section.file{border-top:1px solid var(--line);padding:6px 0}
        section.file>details>summary{cursor:pointer;padding:4px 0}
        section.file>details>summary h2{display:inline;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1em;overflow-wrap:anywhere}
        details[open]>.body{content-visibility:auto;contain-intrinsic-size:auto 600px}
        .body{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;margin-top:6px}
        .clean .body{grid-template-columns:minmax(0,1fr)}
        @media (max-width:900px){.body{grid-template-columns:minmax(0,1fr)}}
        ol.src{margin:0;padding:6px 8px 6px calc(var(--d,3)*1ch + 2.5ch);background:var(--panel);border:1px solid var(--line);border-radius:6px;overflow-wrap:anywhere;line-height:1.6}
        ol.src>li{white-space:pre-wrap;unicode-bidi:plaintext;min-height:1.6em}
        ol.src>li::marker{color:var(--muted);font-size:.85em;content:counter(list-item) "  "}
        mark{color:inherit;border-radius:2px;text-decoration-thickness:2px;text-underline-offset:3px;cursor:help}
        mark.e{background:var(--e-bg);text-decoration:underline solid var(--e)}
        mark.w{background:var(--w-bg);text-decoration:underline wavy var(--w);text-decoration-thickness:1.5px}
        mark.i{background:var(--i-bg);text-decoration:underline dotted var(--i)}
        mark[id]::before{font-size:.7em;vertical-align:super;margin-right:1px;font-family:system-ui,sans-serif}
        mark[id].e::before{content:"\\2716";content:"\\2716" / "error ";color:var(--e)}
        mark[id].w::before{content:"\\25B2";content:"\\25B2" / "warning ";color:var(--w)}
        mark[id].i::before{content:"\\25CF";content:"\\25CF" / "info ";color:var(--i)}
        mark[id]:empty{padding:0 2px}
        mark.on,ol.fl>li.on{outline:2px solid var(--fg)}
        .bidi::before{content:attr(data-c);font-size:.7em;border:1px solid currentColor;border-radius:3px;padding:0 2px;margin:0 1px;color:var(--e)}
        .cc{color:var(--e)}
        ol.fl{margin:0;padding:0;list-style:none}
        ol.fl>li{padding:4px 8px;margin-bottom:6px;border-left:4px solid;background:var(--panel);border-radius:0 6px 6px 0}
        ol.fl>li.e{border-color:var(--e)}ol.fl>li.w{border-color:var(--w);border-left-style:dashed}ol.fl>li.i{border-color:var(--i);border-left-style:dotted}
        ol.fl .sv{font-weight:600;text-transform:uppercase;font-size:.8em}
        ol.fl .sv.e::before{content:"\\2716 "}ol.fl .sv.w::before{content:"\\25B2 "}ol.fl .sv.i::before{content:"\\25CF "}
        ol.fl .ru{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
        ol.fl p{margin:2px 0}
        ol.fl .sg,ol.fl .rel{font-size:.92em}
        .parts>details{margin:6px 0}.parts>details>summary{cursor:pointer;color:var(--muted)}
        #rules section{border-top:1px solid var(--line);padding:4px 0}
        #rules pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--panel);padding:8px;border-radius:6px;margin:6px 0}
        #rules section:target{outline:2px solid var(--i)}
        #tip{position:fixed;z-index:10;max-width:min(520px,90vw);background:var(--bg);border:1px solid var(--line);border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:4px;pointer-events:none}
        #tip ol{margin:0;padding:0;list-style:none}#tip li{margin:0}
        [hidden]{display:none !important}

        """

    /// Filters by severity, rule and file (a style sheet made from the boxes that are not
    /// ticked, so that no finding is touched one by one; counts from each section's
    /// `data-k`), the summary moved to the top, a collapsed file's content made into elements
    /// when it is opened, a finding's file opened when a link leads into it, the entries of
    /// the findings under the pointer shown beside it, and a click on a highlighted span
    /// pointing to its entry in the list.
    static let script = """
        "use strict";
        (function () {
          var page = document.getElementById("page");
          var summary = document.getElementById("summary");
          var files = document.getElementById("files");
          page.insertBefore(summary, files);
          var form = document.getElementById("filters");
          form.hidden = false;
          var sheet = document.getElementById("filter-style");
          var sections = Array.prototype.slice.call(document.querySelectorAll("section.file"));
          var status = document.getElementById("shown");

          // Content not made yet is text in a <noscript class="lazy"> child of a details (a
          // collapsed file, or a part of a long one) until that details is opened.
          function expand(details) {
            var lazy = details.querySelector(":scope > noscript.lazy");
            if (!lazy) return;
            var template = document.createElement("template");
            template.innerHTML = lazy.textContent;
            lazy.replaceWith(template.content);
          }
          files.addEventListener("toggle", function (event) {
            if (event.target.open) expand(event.target);
          }, true);

          function apply() {
            var hidden = Array.prototype.slice.call(form.querySelectorAll("input[data-c]"))
              .filter(function (box) { return !box.checked; })
              .map(function (box) { return box.getAttribute("data-c"); });
            sheet.textContent = hidden.map(function (c) {
              return "mark." + c + "{background:none;text-decoration:none;cursor:auto}mark." + c + "::before{content:none}ol.fl>li." + c + "{display:none}";
            }).join("\\n");
            var hiddenKeys = {};
            hidden.forEach(function (c) { hiddenKeys[c] = true; });
            var query = document.getElementById("file-filter").value.trim().toLowerCase();
            var onlyFindings = document.getElementById("only-findings").checked;
            var shownFiles = 0, shownFindings = 0;
            sections.forEach(function (section) {
              var findings = 0;
              var keys = section.getAttribute("data-k");
              if (keys) keys.split(" ").forEach(function (key) {
                if (!hiddenKeys[key.charAt(0)] && !hiddenKeys["r" + key.slice(1)]) findings += 1;
              });
              var path = section.getAttribute("data-path").toLowerCase();
              var show = path.indexOf(query) >= 0 && (!onlyFindings || findings > 0);
              section.hidden = !show;
              if (show) { shownFiles += 1; shownFindings += findings; }
            });
            status.textContent = shownFindings + " findings in " + shownFiles + " " + (files.dataset.units || "files") + " shown";
          }
          form.addEventListener("change", apply);
          form.addEventListener("input", apply);
          form.addEventListener("submit", function (event) { event.preventDefault(); });
          document.getElementById("open-all").addEventListener("click", function () {
            sections.forEach(function (section) {
              if (section.hidden) return;
              expand(section.firstElementChild);
              section.firstElementChild.open = true;
            });
          });
          document.getElementById("close-all").addEventListener("click", function () {
            sections.forEach(function (section) { section.firstElementChild.open = false; });
          });

          // A link into a file opens it: #F12 (the file), #M12-3 (a span), #L12-3 (an entry),
          // and the part of a long text that holds the finding.
          function reveal() {
            var id = decodeURIComponent(location.hash.slice(1));
            var target = id && document.getElementById(id);
            var match = !target && /^[ML](\\d+)-(\\d+)$/.exec(id);
            var section = match && document.getElementById("F" + match[1]);
            if (section) {
              expand(section.firstElementChild);
              var number = Number(match[2]);
              section.querySelectorAll("details.part").forEach(function (part) {
                if (Number(part.getAttribute("data-first")) <= number && number <= Number(part.getAttribute("data-last"))) expand(part);
              });
              target = document.getElementById(id);
            }
            if (target && target.matches("section.file")) { expand(target.firstElementChild); target.firstElementChild.open = true; }
            for (var node = target; node; node = node.parentElement) {
              if (node.tagName === "DETAILS") node.open = true;
            }
            if (target) target.scrollIntoView({block: "center"});
          }
          window.addEventListener("hashchange", reveal);
          if (location.hash) reveal();

          function itemOf(mark) {
            var section = mark.closest("section.file");
            return document.getElementById("L" + section.id.slice(1) + "-" + mark.getAttribute("data-f"));
          }
          var tip = document.createElement("div");
          tip.id = "tip";
          tip.hidden = true;
          tip.setAttribute("role", "tooltip");
          document.body.appendChild(tip);
          var tipFor = null;
          files.addEventListener("mouseover", function (event) {
            var mark = event.target.closest && event.target.closest("mark[data-f]");
            if (mark === tipFor) return;
            tipFor = mark;
            if (!mark) { tip.hidden = true; return; }
            var list = document.createElement("ol");
            list.className = "fl";
            for (var node = mark; node; node = node.parentElement.closest("mark[data-f]")) {
              var item = itemOf(node).cloneNode(true);
              item.removeAttribute("id");
              list.appendChild(item);
            }
            tip.replaceChildren(list);
            tip.hidden = false;
            var box = mark.getBoundingClientRect();
            var below = box.bottom + 6 + tip.offsetHeight < window.innerHeight;
            tip.style.left = Math.max(4, Math.min(box.left, window.innerWidth - tip.offsetWidth - 4)) + "px";
            tip.style.top = (below ? box.bottom + 6 : Math.max(4, box.top - tip.offsetHeight - 6)) + "px";
          });
          files.addEventListener("mouseleave", function () { tipFor = null; tip.hidden = true; });
          var lit = [];
          files.addEventListener("click", function (event) {
            var mark = event.target.closest && event.target.closest("mark[data-f]");
            if (!mark) return;
            var section = mark.closest("section.file");
            var item = itemOf(mark);
            lit.forEach(function (node) { node.classList.remove("on"); });
            lit = [item].concat(Array.prototype.slice.call(section.querySelectorAll("mark[data-f=\\"" + mark.getAttribute("data-f") + "\\"]")));
            lit.forEach(function (node) { node.classList.add("on"); });
            item.scrollIntoView({block: "nearest"});
          });
          apply();
        })();

        """
}
