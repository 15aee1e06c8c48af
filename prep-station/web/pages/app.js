// SPDX-License-Identifier: GPL-3.0-or-later
// The courier's and the HAD nurse's page. Offline first: every scan gets an id and the phone's time and goes into
// an IndexedDB queue before it is sent; the queue is sent again when the network returns, and the station records
// a scan sent twice once. Codes come from a keyboard-wedge scanner, typed input, or the phone's camera, read in the
// page (zxing-wasm, served by the station).
'use strict';

const TEXT = {
  fr: {
    login_title: 'Connexion', login: 'Identifiant', password: 'Mot de passe', log_in: 'Se connecter',
    logout: 'Déconnexion', courier_title: 'Transport des doses', pickup: 'Enlèvement à la PUI',
    delivery: 'Livraison au domicile', scan_bag: 'Code du sac (scanner ou saisir)', place: 'Lieu',
    record_scan: 'Enregistrer le scan', todays_shipments: 'Expéditions du jour', shipment: 'Expédition',
    cooler: 'Glacière', status: 'État', doses: 'Doses', address: 'Adresse', window: 'Créneau', nurse_title: 'Administration à domicile',
    scan_syringe: 'Étiquette de la seringue (scanner ou saisir)', check_dose: 'Vérifier la dose',
    patient_identity: 'Identité du patient', patient_ipp: 'IPP (scanner le bracelet ou saisir)',
    birth_date: 'Date de naissance (si saisie)', password_again: 'Votre mot de passe (confirmation)',
    confirm_administration: "Confirmer l'administration", administer: 'ADMINISTRER',
    do_not_administer: 'NE PAS ADMINISTRER', recorded: 'Enregistré', refused: 'Refusé',
    queued: 'Hors ligne : scan gardé sur le téléphone, il sera envoyé au retour du réseau',
    pending: 'en attente', wrong_login: 'Identifiant ou mot de passe incorrect', session_over: 'Session expirée : reconnectez-vous',
    packed: 'prête', picked_up: 'en route', delivered: 'livrée', administered: 'administrée',
    administration_recorded: 'Administration enregistrée', network_needed: 'La vérification demande le réseau',
    report_problem: 'Signaler un problème de livraison', problem: 'Problème', nobody_home: 'Personne au domicile',
    refused_at_door: 'Livraison refusée', damaged_cooler: 'Glacière endommagée', note: 'Précision',
    declare_problem: 'Déclarer le problème (retour à la PUI)', not_given_title: 'Dose non administrée',
    outcome: 'Devenir de la dose', returned: 'Rapportée à la PUI', destroyed: 'Détruite au domicile', reason: 'Motif',
    record_not_given: 'Enregistrer la dose non administrée', camera: 'Scanner avec la caméra',
    camera_stop: 'Fermer la caméra', camera_looking: 'Visez le code…', camera_offline: 'Lecteur de codes indisponible hors ligne : saisissez le code',
    camera_refused: "Caméra indisponible : saisissez le code",
  },
  en: {
    login_title: 'Log in', login: 'Login', password: 'Password', log_in: 'Log in', logout: 'Log out',
    courier_title: 'Carrying doses', pickup: 'Pickup at the PUI', delivery: "Delivery at the patient's home",
    scan_bag: 'Bag code (scan or type)', place: 'Place', record_scan: 'Record the scan',
    todays_shipments: "Today's shipments", shipment: 'Shipment', cooler: 'Cooler', status: 'Status', doses: 'Doses',
    address: 'Address', window: 'Window',
    nurse_title: 'Administration at home', scan_syringe: "Syringe's label (scan or type)", check_dose: 'Check the dose',
    patient_identity: "Patient's identity", patient_ipp: 'IPP (scan the wristband or type)',
    birth_date: 'Birth date (when typed)', password_again: 'Your password (confirmation)',
    confirm_administration: 'Confirm the administration', administer: 'ADMINISTER',
    do_not_administer: 'DO NOT ADMINISTER', recorded: 'Recorded', refused: 'Refused',
    queued: 'Offline: scan kept on the phone, it will be sent when the network returns',
    pending: 'pending', wrong_login: 'Wrong login or password', session_over: 'Session expired: log in again',
    packed: 'ready', picked_up: 'on the way', delivered: 'delivered', administered: 'administered',
    administration_recorded: 'Administration recorded', network_needed: 'The check needs the network',
    report_problem: 'Report a delivery problem', problem: 'Problem', nobody_home: 'Nobody home',
    refused_at_door: 'Delivery refused', damaged_cooler: 'Damaged cooler', note: 'Note',
    declare_problem: 'Declare the problem (back to the PUI)', not_given_title: 'Dose not given',
    outcome: 'What became of the dose', returned: 'Brought back to the PUI', destroyed: 'Destroyed at the home',
    reason: 'Reason', record_not_given: 'Record the dose as not given', camera: 'Scan with the camera',
    camera_stop: 'Close the camera', camera_looking: 'Aim at the code…', camera_offline: 'Code reader unavailable offline: type the code',
    camera_refused: 'Camera unavailable: type the code',
  },
};

// French first (the PUI's and HAD's language); English when the user chose it on this phone.
let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'fr';
let session = JSON.parse(sessionStorage.getItem('session') || 'null');
const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[lang][key] || key;

function translatePage() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  $('language').textContent = lang === 'fr' ? 'EN' : 'FR';
}

// ---- the offline queue (IndexedDB) ----
function openQueue() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('prepstation', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('scans', { keyPath: 'scan_id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
async function queueOp(mode, fn) {
  const db = await openQueue();
  return new Promise((resolve, reject) => {
    const tx = db.transaction('scans', mode);
    const result = fn(tx.objectStore('scans'));
    tx.oncomplete = () => resolve(result && result.result);
    tx.onerror = () => reject(tx.error);
  });
}
const enqueue = (scan) => queueOp('readwrite', (s) => s.put(scan));
const dequeue = (id) => queueOp('readwrite', (s) => s.delete(id));
const queued = () => queueOp('readonly', (s) => s.getAll());

async function showQueue() {
  const n = (await queued()).length;
  $('queue').hidden = n === 0;
  $('queue').textContent = n + ' ' + t('pending');
}

async function api(method, path, body) {
  // The station says its reasons in the language chosen here.
  const headers = { 'Content-Type': 'application/json', 'Accept-Language': lang };
  if (session) headers.Authorization = 'Bearer ' + session.token;
  const res = await fetch('/api/v1/' + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
  const json = await res.json().catch(() => ({}));
  if (res.status === 401 && path !== 'session') { logOutLocally(t('session_over')); }
  return { status: res.status, json };
}

// The delivery window agreed with the patient, in the phone's local time: "14:00–16:00".
function windowText(w) {
  if (!w) return '—';
  const hm = (iso) => new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
  return hm(w.from) + '–' + hm(w.to);
}

// Sends one queued scan; false when the network (or the station) could not be reached: it stays queued.
async function sendScan(scan) {
  let res;
  try {
    const { password, ...keep } = scan;
    res = await api('POST', 'handovers', { ...keep, password: password || '' });
  } catch (e) {
    return null;
  }
  if (res.status >= 500 || res.status === 401) return null;
  await dequeue(scan.scan_id);
  return res;
}

async function flushQueue() {
  if (!session) return;
  for (const scan of await queued()) {
    const res = await sendScan(scan);
    if (!res) break;
  }
  await showQueue();
}

function showVerdict(el, ok, word, reason) {
  el.className = 'verdict ' + (ok === null ? 'queued' : ok ? 'ok' : 'no');
  el.replaceChildren();
  const w = document.createElement('span');
  w.className = 'word';
  w.textContent = word;
  el.append(w, document.createTextNode(reason || ''));
}

async function recordScan(scan, verdictEl) {
  scan.scan_id = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  scan.device_time = new Date().toISOString();
  // An administration's password is never stored on the phone: it is sent at once or asked again.
  if (scan.kind !== 'administration') await enqueue(scan);
  const res = await sendScan(scan);
  if (!res) {
    if (scan.kind === 'administration') showVerdict(verdictEl, false, t('refused'), t('network_needed'));
    else showVerdict(verdictEl, null, t('pending'), t('queued'));
    await showQueue();
    return null;
  }
  const ok = res.json.verdict === 'ok';
  showVerdict(verdictEl, ok, ok ? t('recorded') : t('refused'), ok ? '' : (res.json.reason || res.json.error || ''));
  await showQueue();
  return res;
}

// ---- screens ----
function showRole() {
  $('login-form').hidden = !!session;
  $('logout').hidden = !session;
  $('who').textContent = session ? session.name : '';
  $('courier').hidden = !session || session.role !== 'courier';
  $('nurse').hidden = !session || session.role !== 'nurse';
  if (session && session.role === 'courier') { loadShipments(); $('courier-code').focus(); }
  if (session && session.role === 'nurse') $('syringe-code').focus();
}

function logOutLocally(message) {
  session = null;
  sessionStorage.removeItem('session');
  showRole();
  if (message) $('login-error').textContent = message;
}

async function loadShipments() {
  try {
    const res = await api('GET', 'shipments');
    if (res.status !== 200) return;
    const body = $('shipments').querySelector('tbody');
    body.replaceChildren();
    for (const s of res.json.shipments) {
      const tr = document.createElement('tr');
      for (const v of [s.shipment, s.cooler, t(s.status), String(s.doses), s.address || '—', windowText(s.window)]) {
        const td = document.createElement('td');
        td.textContent = v;
        tr.append(td);
      }
      body.append(tr);
    }
  } catch (e) { /* offline: the list is shown again when the network returns */ }
}

// The camera's reader: zxing-wasm (ZXing-C++ compiled to WebAssembly, from npm at build time), served by the
// station itself as /zxing-reader.js and /zxing_reader.wasm and kept by the service worker, so that the camera
// reads codes without network. Its default would fetch the .wasm from a CDN: locateFile points it at the station.
// GS1 codes come out as their HRI "(01)…(10)…", as the station's reader gives them. The station's reader (POST
// /api/v1/decode) is used only when the module could not be loaded.
const READ_OPTIONS = {
  formats: ['DataMatrix', 'QRCode', 'Code128', 'EAN13', 'EAN8', 'UPCA', 'UPCE', 'DataBar', 'DataBarExp'],
  textMode: 'HRI', tryHarder: true, maxNumberOfSymbols: 4,
};
let pageReader = null;
function loadPageReader() {
  if (!pageReader) {
    pageReader = (async () => {
      if (typeof ZXingWASM === 'undefined') return false;
      try {
        await ZXingWASM.prepareZXingModule({
          overrides: { locateFile: (path, prefix) => (path.endsWith('.wasm') ? '/zxing_reader.wasm' : prefix + path) },
          fireImmediately: true,
        });
        return true;
      } catch (e) {
        return false;
      }
    })();
    pageReader.then((ok) => { document.documentElement.dataset.reader = ok ? 'page' : 'station'; });
  }
  return pageReader;
}

// Codes in one frame, 2D first (a syringe's DataMatrix), as the station's reader orders them; null when neither
// reader can be reached (no module and no network).
async function readFrame(canvas) {
  if (await loadPageReader()) {
    const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const found = await ZXingWASM.readBarcodes(image, READ_OPTIONS);
    return found.filter((r) => r.isValid && r.text)
      .sort((a, b) => Number(b.format === 'DataMatrix' || b.format === 'QRCode') -
        Number(a.format === 'DataMatrix' || a.format === 'QRCode'))
      .map((r) => r.text);
  }
  const frame = await new Promise((r) => canvas.toBlob(r, 'image/jpeg', 0.92));
  const res = await fetch('/api/v1/decode', {
    method: 'POST', headers: { Authorization: 'Bearer ' + session.token, 'Content-Type': 'image/jpeg' }, body: frame });
  if (res.status === 401) return null;
  const json = await res.json();
  return res.ok && json.codes ? json.codes.map((c) => c.text) : [];
}

// The camera: the first code read fills the field and submits its form, as a keyboard-wedge scanner would.
async function cameraScan(input) {
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false });
  } catch (e) {
    input.placeholder = t('camera_refused');
    return;
  }
  const video = $('camera-video');
  video.srcObject = stream;
  $('camera-box').hidden = false;
  $('camera-status').textContent = t('camera_looking');
  await video.play().catch(() => {});
  const canvas = document.createElement('canvas');
  let active = true;
  $('camera-stop').onclick = () => { active = false; };
  while (active) {
    await new Promise((r) => setTimeout(r, 150));
    if (!active || !video.videoWidth) continue;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d', { willReadFrequently: true }).drawImage(video, 0, 0);
    let codes;
    try {
      codes = await readFrame(canvas);
    } catch (e) {
      codes = null; // the station's reader, offline
    }
    if (codes === null) {
      active = false;
      input.placeholder = t('camera_offline');
    } else if (codes.length && active) {
      active = false;
      input.value = codes[0];
      if (input.form && input.id !== 'patient-ipp') input.form.requestSubmit();
    }
  }
  stream.getTracks().forEach((track) => track.stop());
  $('camera-box').hidden = true;
  input.focus();
}

let checkedCode = '';
let lastShipment = ''; // the bag last scanned: a problem is declared on it

function wire() {
  $('language').onclick = () => { lang = lang === 'fr' ? 'en' : 'fr'; localStorage.setItem('lang', lang); translatePage(); };
  $('login-form').onsubmit = async (e) => {
    e.preventDefault();
    $('login-error').textContent = '';
    try {
      const res = await api('POST', 'session', { login: $('login').value, password: $('password').value });
      $('password').value = '';
      if (res.status !== 200) { $('login-error').textContent = res.json.error || t('wrong_login'); return; }
      session = res.json;
      sessionStorage.setItem('session', JSON.stringify(session));
      showRole();
      flushQueue();
    } catch (err) { $('login-error').textContent = t('network_needed'); }
  };
  $('logout').onclick = async () => { try { await api('DELETE', 'session'); } catch (e) { } logOutLocally(''); };
  $('courier-scan').onsubmit = async (e) => {
    e.preventDefault();
    const kind = document.querySelector('input[name="courier-kind"]:checked').value;
    lastShipment = $('courier-code').value.trim();
    await recordScan({ kind, code: $('courier-code').value.trim(), place: $('courier-place').value.trim() },
      $('courier-verdict'));
    $('courier-code').value = '';
    $('courier-code').focus();
    loadShipments();
  };
  $('nurse-check').onsubmit = async (e) => {
    e.preventDefault();
    checkedCode = $('syringe-code').value.trim();
    $('administer-verdict').textContent = '';
    try {
      const res = await api('GET', 'preparations/' + encodeURIComponent(checkedCode));
      const yes = res.status === 200 && res.json.administrable;
      showVerdict($('dose-verdict'), yes, yes ? t('administer') : t('do_not_administer'),
        res.json.reason || res.json.error || '');
      $('nurse-administer').hidden = !yes;
      if (yes) $('patient-ipp').focus();
    } catch (err) {
      showVerdict($('dose-verdict'), false, t('do_not_administer'), t('network_needed'));
    }
  };
  $('nurse-administer').onsubmit = async (e) => {
    e.preventDefault();
    const res = await recordScan({
      kind: 'administration', code: checkedCode, place: '', patient: $('patient-ipp').value.trim(),
      birth_date: $('birth-date').value, password: $('admin-password').value,
    }, $('administer-verdict'));
    $('admin-password').value = '';
    if (res && res.json.verdict === 'ok') {
      showVerdict($('administer-verdict'), true, t('administration_recorded'), res.json.preparations.join(', '));
      $('nurse-administer').hidden = true;
    }
  };
  $('problem-form').onsubmit = async (e) => {
    e.preventDefault();
    await recordScan({ kind: 'problem', code: lastShipment || $('courier-code').value.trim(),
      place: $('courier-place').value.trim(), problem: $('problem-kind').value, note: $('problem-note').value.trim() },
    $('courier-verdict'));
    loadShipments();
  };
  $('not-given-form').onsubmit = async (e) => {
    e.preventDefault();
    await recordScan({ kind: 'not_given', code: checkedCode || $('syringe-code').value.trim(), place: '',
      outcome: $('not-given-outcome').value, note: $('not-given-reason').value.trim() }, $('not-given-verdict'));
  };
  document.querySelectorAll('button[data-camera]').forEach((b) => {
    b.onclick = () => cameraScan($(b.dataset.camera));
  });
  window.addEventListener('online', flushQueue);
  setInterval(flushQueue, 30000);
}

translatePage();
wire();
loadPageReader();
showRole();
showQueue();
flushQueue();
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
