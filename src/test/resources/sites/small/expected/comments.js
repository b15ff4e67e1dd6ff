/* tinta: write a comment in place on a post page (optional: without this script, "Write a
   comment" and "Reply" open the comment server's own form). The server's answers are the same
   for both paths; texts come from the page, in its language. */
(function () {
  "use strict";
  var form = document.querySelector("form.comment-form[data-endpoint]");
  if (!form || !window.fetch || !window.JSON) return;
  var d = form.dataset, endpoint = d.endpoint, wait = Number(d.wait || 0) * 1000;
  var status = form.querySelector(".form-status");
  var send = form.querySelector("button[type=submit]");
  var preview = form.querySelector(".comment-preview");
  var replyTo = form.querySelector(".reply-to");
  var home = form.parentNode;
  var token = null, tokenFor = null, issued = 0;
  var link = document.querySelector(".comment-write-link");
  if (link) link.hidden = true;
  form.hidden = false;

  function field(name) { return form.elements[name]; }
  function say(text) { status.textContent = text; }
  function later(ms) { return new Promise(function (ok) { setTimeout(ok, Math.max(0, ms)); }); }
  function post(url, data) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(data) }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) { return { r: r, j: j }; });
    });
  }
  function getToken() {
    var parent = field("parent").value;
    if (token && tokenFor === parent) return Promise.resolve();
    tokenFor = parent;
    token = null;
    return fetch(endpoint + "api/token?slug=" + encodeURIComponent(d.slug) +
        (parent ? "&parent=" + encodeURIComponent(parent) : ""))
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (j) { token = j.token; issued = Date.now(); });
  }
  function clearErrors() {
    form.querySelectorAll(".field-error").forEach(function (e) { e.remove(); });
    form.querySelectorAll("[aria-invalid]").forEach(function (e) {
      e.removeAttribute("aria-invalid");
      var by = (e.getAttribute("aria-describedby") || "").replace(/\s*comment-\w+-error/, "");
      if (by) e.setAttribute("aria-describedby", by); else e.removeAttribute("aria-describedby");
    });
  }
  function showErrors(fields) {
    var first = null;
    Object.keys(fields).forEach(function (name) {
      var input = field(name);
      if (!input || input.type === "hidden") { say(fields[name]); return; }
      var error = document.createElement("span");
      error.className = "field-error";
      error.id = "comment-" + name + "-error";
      error.textContent = fields[name];
      input.after(error);
      input.setAttribute("aria-invalid", "true");
      var by = input.getAttribute("aria-describedby");
      input.setAttribute("aria-describedby", (by ? by + " " : "") + error.id);
      first = first || input;
    });
    if (first) first.focus();
  }
  function submit(retried) {
    return getToken().then(function () { return later(wait + 300 - (Date.now() - issued)); })
      .then(function () {
        return post(form.action, { author: field("author").value, url: field("url").value,
          body: field("body").value, parent: field("parent").value,
          subject: field("subject").value, token: token });
      }).then(function (a) {
        if (a.r.status !== 400) token = null;
        if (a.r.status === 202) {
          form.reset();
          field("parent").value = "";
          if (replyTo) replyTo.hidden = true;
          preview.hidden = true;
          say(d.msgThanks);
        } else if (a.r.status === 403 && /^token_/.test(a.j.error || "") && !retried) {
          return submit(true);
        } else if (a.r.status === 400 && a.j.fields) {
          say(a.j.message);
          showErrors(a.j.fields);
        } else {
          say(a.j.message || d.msgFailed);
        }
      });
  }

  form.addEventListener("focusin", function () { getToken().catch(function () {}); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearErrors();
    say(d.msgSending);
    send.disabled = true;
    submit(false).catch(function () { say(d.msgFailed); })
      .then(function () { send.disabled = false; });
  });
  form.querySelector(".preview-button").addEventListener("click", function () {
    post(endpoint + "api/preview", { body: field("body").value }).then(function (a) {
      if (!a.r.ok) throw new Error(a.r.status);
      preview.querySelector(".comment-body").innerHTML = a.j.html;
      preview.hidden = false;
    }).catch(function () { say(d.msgFailed); });
  });
  document.querySelectorAll("a.comment-reply[data-parent]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      a.closest("article").after(form);
      field("parent").value = a.dataset.parent;
      replyTo.querySelector(".reply-to-text").textContent = d.msgReplying + " " + a.dataset.author;
      replyTo.hidden = false;
      say("");
      field("author").focus();
    });
  });
  replyTo.querySelector(".cancel-reply").addEventListener("click", function () {
    field("parent").value = "";
    replyTo.hidden = true;
    home.appendChild(form);
    field("author").focus();
  });
})();
