// The operators' dashboard (docs/monitor.md "Dashboard"): figures from monitor-service's REST API, kept current by
// the live feed (server-sent events with a single-use ticket) and, while the feed is down, by a REST refresh every
// 30 s. The token lives in sessionStorage only (gone with the tab), never in a URL.
'use strict';
(function () {
  const API = '/api/monitor/v1';
  const TOKEN_KEY = 'onewindow.dashboard.token';
  const LANG_KEY = 'onewindow.dashboard.lang';
  const REFRESH_MS = 30000;        // REST fallback while the feed is down
  const DEBOUNCE_MS = 400;         // a burst of feed events costs one refresh
  const MAX_BACKOFF_MS = 30000;
  const ZONE = 'Asia/Shanghai';
  // Every type of the public streams (EventCatalog) and the feed's own: an EventSource hears a named event only
  // through a listener for that name.
  const FEED_TYPES = [
    'intake.ApplicationAccepted', 'intake.ApplicationNotAccepted', 'intake.OneTimeNoticeIssued',
    'intake.SupplementReceived', 'intake.ResultDelivered',
    'review.ReviewCaseOpened', 'review.TaskCompleted', 'review.SupplementRequested', 'review.DecisionMade',
    'review.DeadlineWarning', 'review.DeadlineExtended', 'review.ProcedurePaused', 'review.ProcedureResumed',
    'review.DeadlinesRecomputed',
    'supervision.SupervisionRecordPushed', 'supervision.SupervisionRecordClaimed',
    'supervision.SupervisionRecordEscalated', 'supervision.LicenceActionTaken',
    'rating.RatingSubmitted', 'rating.RectificationOpened', 'rating.RectificationProgressed',
    'rating.RectificationOverdue',
    'monitor.AlertRaised', 'figures'];
  // the tiles (c-<name>)
  const COUNTERS = ['inProgress', 'acceptedToday', 'decidedToday', 'deliveredToday', 'yellow', 'red', 'overdue',
    'openAlerts'];

  const state = {
    lang: readLang(),
    token: sessionStorage.getItem(TOKEN_KEY),
    claims: null,
    departments: {},      // code -> name (catalog), for the table and the chart
    figures: null,        // last REST answers, redrawn on a language switch
    feed: null,
    lastEventId: null,
    backoff: 1000,
    reconnectTimer: null,
    pollTimer: null,
    refreshTimer: null,
    refreshing: false,
    charts: {}
  };

  const $ = (id) => document.getElementById(id);

  // ---- language ----------------------------------------------------------------------------------------------
  function readLang() {
    try {
      return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
    } catch (e) {
      return 'zh';
    }
  }

  function t(key) {
    const words = window.DashboardText[state.lang];
    return key in words ? words[key] : window.DashboardText.zh[key] || key;
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title') + ' · OneWindow';
    document.querySelectorAll('[data-i18n]').forEach((el) => {
      el.textContent = t(el.dataset.i18n);
    });
    const toggle = $('lang-toggle');
    toggle.textContent = state.lang === 'en' ? '中文' : 'English';
    toggle.lang = state.lang === 'en' ? 'zh-CN' : 'en';
    setFeedStatus(state.feedStatus || 'off');
    if (state.figures) {
      render(state.figures);
    }
  }

  $('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh' : 'en';
    try {
      localStorage.setItem(LANG_KEY, state.lang);
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
    applyLanguage();
  });

  // ---- sign-in -----------------------------------------------------------------------------------------------
  function decodeClaims(token) {
    try {
      const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const json = decodeURIComponent(atob(part).split('').map(
        (c) => '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2)).join(''));
      return JSON.parse(json);
    } catch (e) {
      return null;
    }
  }

  function tokenValid(token) {
    const claims = token && decodeClaims(token);
    return claims && (!claims.exp || claims.exp * 1000 > Date.now() + 5000) ? claims : null;
  }

  function showSignIn(messageKey) {
    stopFeed();
    clearInterval(state.pollTimer);
    state.pollTimer = null;
    $('board').hidden = true;
    $('sign-in').hidden = false;
    $('sign-out').hidden = true;
    $('user').textContent = '';
    const error = $('sign-in-error');
    error.dataset.i18n = messageKey || '';
    error.textContent = messageKey ? t(messageKey) : '';
    if (!messageKey) {
      delete error.dataset.i18n;
    }
    $('password').focus();
  }

  function signOut(messageKey) {
    state.token = null;
    state.claims = null;
    sessionStorage.removeItem(TOKEN_KEY);
    showSignIn(messageKey);
  }

  $('sign-out').addEventListener('click', () => signOut());

  $('sign-in-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = $('sign-in-submit');
    button.disabled = true;
    try {
      // the development issuer of the gateway, as Swagger UI's "Authorize"; production: the OIDC provider's login
      const response = await fetch('/auth/token', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({username: $('username').value.trim(), password: $('password').value})
      });
      if (!response.ok) {
        showSignIn('signIn.failed');
        return;
      }
      const body = await response.json();
      $('password').value = '';
      start(body.access_token);
    } catch (e) {
      showSignIn('signIn.failed');
    } finally {
      button.disabled = false;
    }
  });

  function start(token) {
    const claims = tokenValid(token);
    if (!claims) {
      signOut(token ? 'signIn.expired' : null);
      return;
    }
    const roles = claims.roles || [];
    if (!roles.includes('MONITOR')) {
      signOut('signIn.forbidden');
      return;
    }
    state.token = token;
    state.claims = claims;
    sessionStorage.setItem(TOKEN_KEY, token);
    $('sign-in').hidden = true;
    $('board').hidden = false;
    $('sign-out').hidden = false;
    $('user').textContent = claims.name || claims.sub || '';
    initCharts();
    loadDepartments().then(refresh);
    openFeed();
    state.pollTimer = setInterval(() => {
      if (state.feedStatus !== 'live') {
        refresh();
      }
    }, REFRESH_MS);
  }

  // ---- REST --------------------------------------------------------------------------------------------------
  class Unauthorized extends Error {
  }

  async function api(path, options) {
    const init = Object.assign({method: 'GET'}, options || {});
    init.headers = Object.assign({'Accept': 'application/json', 'Authorization': 'Bearer ' + state.token},
      init.headers || {});
    const response = await fetch(path, init);
    if (response.status === 401) {
      signOut('signIn.expired');
      throw new Unauthorized(path);
    }
    return response;
  }

  async function json(path) {
    const response = await api(path);
    if (!response.ok) {
      throw new Error(path + ' answered ' + response.status);
    }
    return response.json();
  }

  async function loadDepartments() {
    try {
      const page = await json('/api/catalog/v1/departments?size=200');
      (page.items || []).forEach((d) => {
        state.departments[d.code] = d.name;
      });
    } catch (e) {
      // codes are shown instead of names
    }
  }

  function scheduleRefresh() {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(refresh, DEBOUNCE_MS);
  }

  async function refresh() {
    if (!state.token) {
      return;
    }
    if (state.refreshing) {
      scheduleRefresh();
      return;
    }
    state.refreshing = true;
    try {
      const [cases, deadlines, ratings, throughput, alerts, open] = await Promise.all([
        json(API + '/cases?by=DEPARTMENT'),
        json(API + '/deadlines'),
        json(API + '/ratings?by=DEPARTMENT'),
        json(API + '/throughput?granularity=HOUR'),
        json(API + '/alerts?size=20'),
        json(API + '/alerts?status=OPEN&size=1')]);
      state.figures = {cases, deadlines, ratings, throughput, alerts, openAlerts: open.totalItems};
      render(state.figures);
      $('updated').textContent = t('updated') + ' ' + clock(new Date());
    } catch (e) {
      if (!(e instanceof Unauthorized)) {
        $('updated').textContent = '⚠ ' + e.message;
      }
    } finally {
      state.refreshing = false;
    }
  }

  // ---- rendering ---------------------------------------------------------------------------------------------
  const shanghai = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23'
  });

  /** {day: 'YYYY-MM-DD', hour: 'HH', minute: 'mm'} of an instant in Asia/Shanghai. */
  function inShanghai(date) {
    const parts = {};
    shanghai.formatToParts(date).forEach((p) => {
      parts[p.type] = p.value;
    });
    return {day: parts.year + '-' + parts.month + '-' + parts.day, hour: parts.hour, minute: parts.minute};
  }

  function clock(date) {
    const s = inShanghai(date);
    return s.hour + ':' + s.minute;
  }

  function sum(rows, field) {
    return rows.reduce((total, row) => total + (Number(row[field]) || 0), 0);
  }

  function departmentName(code) {
    const name = state.departments[code];
    return name && state.lang === 'zh' ? name : code;
  }

  function render(f) {
    const today = f.deadlines.asOf || inShanghai(new Date()).day;
    const todays = f.throughput.buckets.filter((b) => inShanghai(new Date(b.start)).day === today);
    setCounters({
      inProgress: sum(f.cases.rows, 'total'),
      acceptedToday: sum(todays, 'accepted'),
      decidedToday: sum(todays, 'decided'),
      deliveredToday: sum(todays, 'delivered'),
      yellow: sum(f.deadlines.rows, 'casesYellow'),
      red: sum(f.deadlines.rows, 'casesRed'),
      overdue: sum(f.deadlines.rows, 'casesOverdue'),
      openAlerts: f.openAlerts
    });
    renderDepartments(f.cases.rows, f.deadlines.rows);
    renderAlerts(f.alerts.items);
    renderSatisfaction(f.ratings.rows);
    renderThroughput(f.throughput.buckets);
  }

  function setCounters(values) {
    COUNTERS.forEach((name) => {
      if (typeof values[name] === 'number') {
        $('c-' + name).textContent = String(values[name]);
      }
    });
  }

  function cell(row, text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
  }

  function renderDepartments(cases, deadlines) {
    const byDept = {};
    cases.forEach((c) => {
      byDept[c.key] = Object.assign(byDept[c.key] || {}, {accepted: c.accepted, inReview: c.inReview,
        decided: c.decided, total: c.total});
    });
    deadlines.forEach((d) => {
      byDept[d.department] = Object.assign(byDept[d.department] || {}, {
        yellow: d.casesYellow + d.stepsYellow, red: d.casesRed + d.stepsRed,
        overdue: d.casesOverdue + d.stepsOverdue
      });
    });
    const body = document.querySelector('#departments tbody');
    body.replaceChildren();
    Object.keys(byDept).sort().forEach((code) => {
      const d = byDept[code];
      const tr = document.createElement('tr');
      tr.dataset.department = code;
      tr.className = (d.red || d.overdue) ? 'red' : d.yellow ? 'yellow' : '';
      cell(tr, departmentName(code), 'name');
      ['accepted', 'inReview', 'decided', 'total'].forEach((k) => cell(tr, String(d[k] || 0), 'num'));
      cell(tr, String(d.yellow || 0), d.yellow ? 'num lamp-yellow' : 'num');
      cell(tr, String(d.red || 0), d.red ? 'num lamp-red' : 'num');
      cell(tr, String(d.overdue || 0), d.overdue ? 'num lamp-red' : 'num');
      body.appendChild(tr);
    });
    $('departments-empty').hidden = body.children.length > 0;
  }

  function mayHandleAlerts() {
    return state.claims && (state.claims.roles || []).includes('MONITOR');
  }

  function renderAlerts(alerts) {
    const list = $('alerts');
    list.replaceChildren();
    alerts.forEach((a) => {
      const li = document.createElement('li');
      li.className = 'alert-item status-' + a.status.toLowerCase();
      li.dataset.alertId = a.alertId;
      li.dataset.rule = a.rule;
      const title = document.createElement('div');
      title.className = 'alert-title';
      title.textContent = state.lang === 'en' ? a.ruleTitleEn : a.ruleTitleZh;
      const meta = document.createElement('div');
      meta.className = 'alert-meta';
      const raised = new Date(a.raisedAt);
      meta.textContent = [a.caseNumber, a.department ? departmentName(a.department) : null,
        inShanghai(raised).day + ' ' + clock(raised)].filter(Boolean).join(' · ');
      const status = document.createElement('span');
      status.className = 'badge';
      status.textContent = t('status.' + a.status);
      li.append(title, meta, status);
      if (mayHandleAlerts() && a.status !== 'RESOLVED') {
        if (a.status === 'OPEN') {
          li.appendChild(alertButton(a, 'acknowledgement', 'alert.acknowledge'));
        }
        li.appendChild(alertButton(a, 'resolution', 'alert.resolve'));
      }
      list.appendChild(li);
    });
    list.hidden = alerts.length === 0;
    $('alerts-empty').hidden = alerts.length > 0;
  }

  function idempotencyKey() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : 'dash-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
  }

  function alertButton(alert, action, labelKey) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small ' + action;
    button.textContent = t(labelKey);
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await api(API + '/alerts/' + encodeURIComponent(alert.alertId) + '/' + action, {
          method: 'POST', headers: {'Idempotency-Key': idempotencyKey()}
        });
      } catch (e) {
        // a 409 (resolved meanwhile) or a lost connection: the refresh shows the alert as it is
      }
      refresh();
    });
    return button;
  }

  // ---- charts (ECharts from the WebJar) ----------------------------------------------------------------------
  function initCharts() {
    if (!window.echarts || state.charts.satisfaction) {
      return;
    }
    state.charts.satisfaction = echarts.init($('chart-satisfaction'));
    state.charts.throughput = echarts.init($('chart-throughput'));
    window.addEventListener('resize', () => {
      Object.values(state.charts).forEach((chart) => chart.resize());
    });
  }

  const AXIS_TEXT = {color: '#cfd8e3'};
  const SPLIT = {lineStyle: {color: '#2a3b55'}};

  function renderSatisfaction(rows) {
    const chart = state.charts.satisfaction;
    if (!chart) {
      return;
    }
    const names = rows.map((r) => departmentName(r.key));
    chart.setOption({
      animation: false,
      grid: {left: 48, right: 48, top: 36, bottom: 32, containLabel: true},
      legend: {textStyle: AXIS_TEXT, top: 0},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: names, axisLabel: Object.assign({interval: 0}, AXIS_TEXT)},
      yAxis: [
        {type: 'value', min: 0, max: 100, name: '%', axisLabel: AXIS_TEXT, splitLine: SPLIT},
        {type: 'value', minInterval: 1, axisLabel: AXIS_TEXT, splitLine: {show: false}}],
      series: [
        {name: t('satisfaction.rate'), type: 'bar', barMaxWidth: 36, itemStyle: {color: '#3ba272'},
          data: rows.map((r) => Math.round(Number(r.satisfactionRate) * 1000) / 10)},
        {name: t('satisfaction.bad'), type: 'bar', yAxisIndex: 1, barMaxWidth: 36, itemStyle: {color: '#ee6666'},
          data: rows.map((r) => r.bad)}]
    }, true);
  }

  function renderThroughput(buckets) {
    const chart = state.charts.throughput;
    if (!chart) {
      return;
    }
    const byHour = {};
    buckets.forEach((b) => {
      const s = inShanghai(new Date(b.start));
      byHour[s.day + 'T' + s.hour] = b;
    });
    const labels = [];
    const series = {accepted: [], decided: [], delivered: []};
    const now = Date.now();
    for (let h = 23; h >= 0; h--) {
      const s = inShanghai(new Date(now - h * 3600000));
      labels.push(s.hour + ':00');
      const b = byHour[s.day + 'T' + s.hour] || {};
      Object.keys(series).forEach((k) => series[k].push(b[k] || 0));
    }
    chart.setOption({
      animation: false,
      grid: {left: 40, right: 24, top: 36, bottom: 28, containLabel: true},
      legend: {textStyle: AXIS_TEXT, top: 0},
      tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: labels, axisLabel: AXIS_TEXT},
      yAxis: {type: 'value', minInterval: 1, axisLabel: AXIS_TEXT, splitLine: SPLIT},
      series: [
        {name: t('throughput.accepted'), type: 'bar', itemStyle: {color: '#5470c6'}, data: series.accepted},
        {name: t('throughput.decided'), type: 'bar', itemStyle: {color: '#fac858'}, data: series.decided},
        {name: t('throughput.delivered'), type: 'line', smooth: true, itemStyle: {color: '#91cc75'},
          data: series.delivered}]
    }, true);
  }

  // ---- live feed (SSE) ---------------------------------------------------------------------------------------
  function setFeedStatus(status) {
    state.feedStatus = status;
    const el = $('feed-status');
    el.className = 'feed feed-' + status;
    el.dataset.i18n = 'feed.' + status;
    el.textContent = t('feed.' + status);
  }

  function stopFeed() {
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = null;
    if (state.feed) {
      state.feed.close();
      state.feed = null;
    }
    setFeedStatus('off');
  }

  /** A fresh single-use ticket for every (re)connection; the position goes along as lastEventId. */
  async function openFeed() {
    if (!state.token) {
      return;
    }
    let ticket;
    try {
      const response = await api(API + '/feed/tickets', {
        method: 'POST', headers: {'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey()},
        body: '{}'
      });
      if (!response.ok) {
        throw new Error('ticket ' + response.status);
      }
      ticket = await response.json();
    } catch (e) {
      if (!(e instanceof Unauthorized)) {
        feedLost();
      }
      return;
    }
    let url = ticket.url;
    if (state.lastEventId) {
      url += (url.includes('?') ? '&' : '?') + 'lastEventId=' + encodeURIComponent(state.lastEventId);
    }
    const source = new EventSource(url);
    state.feed = source;
    source.onopen = () => {
      state.backoff = 1000;
      setFeedStatus('live');
      refresh(); // what happened while the feed was down
    };
    source.onerror = () => {
      // the ticket is spent: the browser's own retry would be refused, so reconnect with a new one
      source.close();
      if (state.feed === source) {
        state.feed = null;
        feedLost();
      }
    };
    FEED_TYPES.forEach((type) => source.addEventListener(type, onFeedEvent));
    source.onmessage = onFeedEvent;
  }

  function feedLost() {
    setFeedStatus('retry');
    clearTimeout(state.reconnectTimer);
    state.reconnectTimer = setTimeout(openFeed, state.backoff);
    state.backoff = Math.min(state.backoff * 2, MAX_BACKOFF_MS);
  }

  /** The counters of monitor's summary document (GET /summary, the feed's `figures` message). */
  function fromSummary(s) {
    return {
      inProgress: s.cases && s.cases.inProgress,
      acceptedToday: s.today && s.today.accepted,
      decidedToday: s.today && s.today.decided,
      deliveredToday: s.today && s.today.delivered,
      yellow: s.deadlines && s.deadlines.casesYellow,
      red: s.deadlines && s.deadlines.casesRed,
      overdue: s.deadlines && s.deadlines.casesOverdue,
      openAlerts: s.alerts && s.alerts.open
    };
  }

  function onFeedEvent(event) {
    if (event.lastEventId) {
      state.lastEventId = event.lastEventId;
    }
    if (event.type === 'figures') {
      try {
        setCounters(fromSummary(JSON.parse(event.data)));
      } catch (e) {
        // not the counters' shape: the refresh below brings them
      }
    }
    scheduleRefresh();
  }

  // ---- start -------------------------------------------------------------------------------------------------
  applyLanguage();
  if (tokenValid(state.token)) {
    start(state.token);
  } else {
    signOut(state.token ? 'signIn.expired' : null);
  }
})();
