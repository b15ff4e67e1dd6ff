/* tinta's search page (#15): results as the reader types, from the static index that tinta build
   writes under search/ (see dev.tinta.search.SearchIndex for its files). No framework, no other
   host, no inline script or eval: it runs under a strict Content-Security-Policy. The tokenizer
   mirrors dev.tinta.search.Tokens; SearchTokensIT holds the two together. */
(() => {
  'use strict';
  const form = document.getElementById('search');
  if (!form || !window.fetch || !window.Intl) {
    return;
  }
  const input = document.getElementById('search-input');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const browse = document.getElementById('search-browse');
  const lang = document.documentElement.lang || 'en';
  const base = new URL(form.dataset.index, location.href);
  const SHOWN = 10; // results per step of "more results"
  const MAX_CHUNKS = 8; // term files one query may load
  const MAX_EXPANSIONS = 200; // keys the word being typed may grow into
  const MIN_WORD = 2;
  const MAX_WORD = 32;
  const MIN_PREFIX = 3; // a word being typed grows into longer ones from this length on
  const PAUSE = 200; // ms without a key before a query runs (Pagefind's UI waits 300)
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  // ---- Words, as dev.tinta.search.Tokens cuts them
  const WORD = /[\p{L}\p{M}\p{N}]/u;
  const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\u30fc\uff70\uff9e\uff9f\u3099\u309a]/u;
  const MARK = /\p{Mn}/gu;

  const fold = (w) =>
    w.normalize('NFKD').toLowerCase().replace(MARK, '').normalize('NFC').replace(/ς/g, 'σ');

  const key = (raw) => {
    const k = fold(raw);
    const n = Array.from(k).length;
    return n < MIN_WORD || n > MAX_WORD ? '' : k;
  };

  /* Calls word(raw, start, end) and cjk(key, start, end) for each token of text, in order;
     start and end are offsets in text, for marking. */
  function split(text, word, cjk) {
    let w = -1;
    let c = -1;
    const endWord = (end) => {
      if (w >= 0) word(text.slice(w, end), w, end);
      w = -1;
    };
    const endCjk = (end) => {
      if (c >= 0) cjkRun(text.slice(c, end), c, cjk);
      c = -1;
    };
    for (let i = 0; i < text.length; ) {
      const ch = String.fromCodePoint(text.codePointAt(i));
      if (CJK.test(ch) && WORD.test(ch)) {
        endWord(i);
        if (c < 0) c = i;
      } else if (WORD.test(ch)) {
        endCjk(i);
        if (w < 0) w = i;
      } else {
        endWord(i);
        endCjk(i);
      }
      i += ch.length;
    }
    endWord(text.length);
    endCjk(text.length);
  }

  function cjkRun(run, start, cjk) {
    const norm = run.normalize('NFKC');
    const chars = Array.from(norm);
    const end = start + run.length;
    if (chars.length === 1) {
      cjk(norm, start, end);
      return;
    }
    const at = [start];
    for (const ch of chars) at.push(at[at.length - 1] + ch.length);
    const same = norm === run;
    for (let k = 0; k + 1 < chars.length; k++) {
      cjk(chars[k] + chars[k + 1], same ? at[k] : start, same ? at[k + 2] : end);
    }
  }

  // For SearchTokensIT: the keys of a text, as the index has them.
  form.searchKeys = (text) => {
    const out = [];
    split(text, (raw) => key(raw) && out.push(key(raw)), (k) => out.push(k));
    return out;
  };

  /* The query's terms: keys, the last one a prefix when the reader is still typing it. */
  function terms(q) {
    const out = [];
    split(
      q,
      (raw, s, e) => {
        const k = key(raw);
        if (k) out.push({ key: k, end: e, prefix: Array.from(k).length >= MIN_PREFIX, cjk: false });
      },
      (k, s, e) => out.push({ key: k, end: e, prefix: Array.from(k).length === 1, cjk: true })
    );
    out.forEach((t, i) => {
      t.prefix = t.prefix && i === out.length - 1 && t.end === q.length;
    });
    return out.filter((t, i) => out.findIndex((o) => o.key === t.key) === i || t.prefix);
  }

  // ---- The index files
  let manifest = null;
  const files = new Map();

  function load(url, options) {
    if (!files.has(url.href)) {
      files.set(
        url.href,
        fetch(url, options).then((r) => {
          if (!r.ok) throw new Error(url + ': ' + r.status);
          return r.json();
        })
      );
    }
    return files.get(url.href);
  }

  function index() {
    if (!manifest) {
      manifest = load(base, { cache: 'no-cache' }).then((m) => {
        if (m.version !== 1) throw new Error('search index version ' + m.version);
        return m;
      });
    }
    return manifest;
  }

  /* The term chunk that holds key: the last whose first key is not after it. */
  function chunkOf(m, k) {
    let lo = 0;
    let hi = m.keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (m.keys[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /* The first entry of a chunk whose key is not before k. */
  function lowerBound(entries, k) {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid][0] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function entry(entries, k) {
    const e = entries[lowerBound(entries, k)];
    return e && e[0] === k ? e : null;
  }

  /* A stem's postings as [post, code, post, code...], decoded once. */
  function postings(e) {
    if (!e.decoded) {
      const p = e[1] || '';
      const out = [];
      let previous = -1;
      let value = 0;
      let scale = 1;
      for (let i = 0; i < p.length; i++) {
        const d = ALPHABET.indexOf(p[i]);
        value += (d & 31) * scale;
        if (d >= 32) {
          scale *= 32;
          continue;
        }
        const post = previous + 1 + Math.floor(value / 8);
        out.push(post, value % 8);
        previous = post;
        value = 0;
        scale = 1;
      }
      e.decoded = out;
    }
    return e.decoded;
  }

  // ---- Searching
  async function search(q) {
    const m = await index();
    const ts = terms(q);
    if (!ts.length) return null;
    const loaded = new Set();
    const chunk = (i) => {
      loaded.add(i);
      return load(new URL('t/' + m.terms[i] + '.json', base));
    };
    // 1. each term's stems: its own key's, and for the word being typed those of longer words
    const stemsOf = await Promise.all(
      ts.map(async (t) => {
        const stems = new Map();
        const add = (e, weight) => {
          if (e[1]) stems.set(e[0], Math.max(stems.get(e[0]) || 0, weight));
          for (const s of e[3] || []) stems.set(s, Math.max(stems.get(s) || 0, weight));
        };
        const first = chunkOf(m, t.key);
        const entries = await chunk(first);
        const own = entry(entries, t.key);
        if (own) add(own, 1);
        if (t.prefix) {
          let grown = 0;
          for (let i = first; i < m.keys.length && i < first + 2; i++) {
            if (i > first && !m.keys[i].startsWith(t.key)) break;
            const es = await chunk(i);
            for (let j = lowerBound(es, t.key); j < es.length && grown < MAX_EXPANSIONS; j++) {
              if (!es[j][0].startsWith(t.key)) break;
              if (es[j][0] !== t.key) add(es[j], 0.5);
              grown++;
            }
          }
        }
        if (!stems.size && !t.cjk) {
          // a word the site never uses: the longest of its beginnings that is a word of the site,
          // at most 3 characters shorter (meetings, menjalinkan: a suffix the index cannot know)
          const cps = Array.from(t.key);
          for (let cut = 1; cut <= 3 && cps.length - cut >= 4 && !stems.size; cut++) {
            const k = cps.slice(0, cps.length - cut).join('');
            const e = entry(await chunk(chunkOf(m, k)), k);
            if (e) {
              add(e, 0.5);
              t.shorter = k;
            }
          }
        }
        return stems;
      })
    );
    // 2. the chunks of those stems, exact ones first, at most MAX_CHUNKS in all
    const wanted = [];
    stemsOf.forEach((stems, t) => stems.forEach((weight, s) => wanted.push({ t, s, weight })));
    wanted.sort((a, b) => b.weight - a.weight || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
    const kept = wanted.filter((w) => {
      w.chunk = chunkOf(m, w.s);
      if (loaded.has(w.chunk) || loaded.size < MAX_CHUNKS) {
        loaded.add(w.chunk);
        return true;
      }
      return false;
    });
    const chunks = await Promise.all(kept.map((w) => chunk(w.chunk)));
    // 3. score: each term's best stem per post; a post must have every term
    const scores = ts.map(() => new Map());
    const marks = { words: new Set(), prefixes: [] };
    ts.forEach((t) => {
      marks.words.add(t.shorter || t.key);
      if (t.prefix) marks.prefixes.push(t.key);
    });
    kept.forEach((w, i) => {
      const e = entry(chunks[i], w.s);
      if (!e || !e[1]) return;
      marks.words.add(e[0]);
      for (const f of e[2] || []) marks.words.add(f);
      const p = postings(e);
      const idf = Math.log(1 + m.posts / (p.length / 2));
      const score = scores[w.t];
      for (let k = 0; k < p.length; k += 2) {
        const code = p[k + 1];
        const s = w.weight * idf * (1 + (code & 3) + (code & 4 ? 3 : 0));
        if (s > (score.get(p[k]) || 0)) score.set(p[k], s);
      }
    });
    scores.sort((a, b) => a.size - b.size);
    const results = [];
    scores[0].forEach((s, post) => {
      let total = s;
      for (let k = 1; k < scores.length; k++) {
        const other = scores[k].get(post);
        if (other === undefined) return;
        total += other;
      }
      results.push({ post, score: total });
    });
    results.sort((a, b) => b.score - a.score || b.post - a.post);
    return { m, results, marks };
  }

  function meta(m, post) {
    const shard = Math.floor(post / m.per);
    const name = m.meta[Math.floor(shard / m.group)] + '-' + shard + '.json';
    return load(new URL('m/' + name, base)).then((rows) => rows[post % m.per]);
  }

  // ---- Showing results
  /* text with the query's words in <mark>: words the query found, or that grow from the word
     being typed, and the CJK keys it found. */
  function marked(text, marks) {
    const ranges = [];
    const hit = (k) => marks.words.has(k) || marks.prefixes.some((p) => k.startsWith(p));
    split(
      text,
      (raw, s, e) => {
        if (hit(fold(raw))) ranges.push([s, e]);
      },
      (k, s, e) => {
        if (marks.words.has(k)) ranges.push([s, e]);
      }
    );
    const merged = [];
    for (const [s, e] of ranges) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    const out = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of merged) {
      const mark = document.createElement('mark');
      mark.textContent = text.slice(s, e);
      out.append(text.slice(at, s), mark);
      at = e;
    }
    out.append(text.slice(at));
    return out;
  }

  function item(row, marks) {
    const [href, title, iso, date, postLang, excerpt] = row;
    const li = document.createElement('li');
    if (postLang) li.lang = postLang;
    const a = document.createElement('a');
    a.href = href;
    a.append(marked(title, marks));
    const time = document.createElement('time');
    time.dateTime = iso;
    time.textContent = date;
    li.append(a, time);
    if (excerpt) {
      const p = document.createElement('p');
      p.append(marked(excerpt, marks));
      li.append(p);
    }
    return li;
  }

  function say(name, n, q) {
    let text;
    if (name === 'results') {
      text = form.dataset.results.replace('{0}', n.toLocaleString(lang));
    } else {
      text = form.dataset[name].replace('{0}', q);
    }
    status.textContent = text;
  }

  let more = null;
  let current = 0;
  let found = null;

  async function show(count) {
    const { m, results, marks } = found;
    const from = list.children.length;
    const rows = await Promise.all(
      results.slice(from, from + count).map((r) => meta(m, r.post))
    );
    if (found === null || found.results !== results) return null;
    const items = rows.map((row) => item(row, marks));
    list.append(...items);
    if (more) more.hidden = list.children.length >= results.length;
    return items[0] || null;
  }

  function moreButton() {
    more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-more';
    more.textContent = form.dataset.more;
    more.hidden = true;
    list.after(more);
    more.addEventListener('click', async () => {
      const first = await show(SHOWN);
      if (first) first.querySelector('a').focus();
    });
  }

  let pause = 0;

  /* Each key restarts the wait: a query runs once the reader pauses. */
  function typed() {
    current++;
    list.setAttribute('aria-busy', 'true');
    clearTimeout(pause);
    pause = setTimeout(update, PAUSE);
  }

  async function update() {
    const q = input.value;
    const seq = ++current;
    history.replaceState(null, '', q.trim() ? '?q=' + encodeURIComponent(q) : location.pathname);
    list.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => seq === current && say('loading'), 400);
    try {
      const res = await search(q);
      if (seq !== current) return;
      list.replaceChildren();
      found = res;
      if (!res) {
        status.textContent = '';
        more.hidden = true;
        return;
      }
      await show(SHOWN);
      if (seq !== current) return;
      if (res.results.length) say('results', res.results.length);
      else say('none', 0, q.trim());
    } catch (err) {
      if (seq === current) failed(err);
    } finally {
      clearTimeout(slow);
      if (seq === current) list.setAttribute('aria-busy', 'false');
    }
  }

  function failed(err) {
    say('error');
    browse.hidden = false;
    if (window.console) console.error(err);
  }

  // ---- Keyboard: arrows move between the field and the results
  function links() {
    return Array.from(list.querySelectorAll('a'));
  }

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    }
  });

  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && i + 1 < all.length) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.focus();
    }
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (list.getAttribute('aria-busy') === 'true') {
      clearTimeout(pause);
      await update();
    }
    const all = links();
    if (all.length) all[0].focus();
  });

  input.addEventListener('input', typed);

  // ---- Start: the form replaces the list of tags and archives
  form.hidden = false;
  browse.hidden = true;
  browse.removeAttribute('data-before-script');
  form.dataset.ready = '';
  moreButton();
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    update();
  } else {
    index().catch(failed);
  }
})();
