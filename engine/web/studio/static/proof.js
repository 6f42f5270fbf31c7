// Plainsight studio sign-in: the work an account under attack asks of a browser new to it
// (engine/domain/work_proof.py). Find a counter whose SHA-256 of "<nonce>:<counter>" starts with
// `bits` zero bits, put it in the form, send the form. SHA-256 is written out here because
// crypto.subtle exists only on https or localhost, and hashing one block at a time through its
// promises is some ten times slower than this loop.
"use strict";
(function () {
  var form = document.getElementById("login-form");
  if (!form || !form.dataset.proofNonce) { return; }
  var K = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  var W = new Int32Array(64);

  function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }

  // The first 32 bits of SHA-256 of an ASCII message shorter than 56 bytes (one block).
  function firstWord(text) {
    W.fill(0);
    for (var i = 0; i < text.length; i++) { W[i >> 2] |= text.charCodeAt(i) << (24 - 8 * (i & 3)); }
    W[text.length >> 2] |= 0x80 << (24 - 8 * (text.length & 3));
    W[15] = text.length * 8;
    for (i = 16; i < 64; i++) {
      var a = W[i - 15], b = W[i - 2];
      W[i] = (W[i - 16] + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + W[i - 7] +
              (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10))) | 0;
    }
    var h0 = 0x6a09e667, h1 = 0xbb67ae85 | 0, h2 = 0x3c6ef372, h3 = 0xa54ff53a | 0;
    var h4 = 0x510e527f, h5 = 0x9b05688c | 0, h6 = 0x1f83d9ab, h7 = 0x5be0cd19;
    var A = h0, B = h1, C = h2, D = h3, E = h4, F = h5, G = h6, H = h7;
    for (i = 0; i < 64; i++) {
      var t1 = (H + (rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25)) + ((E & F) ^ (~E & G)) + K[i] + W[i]) | 0;
      var t2 = ((rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) + ((A & B) ^ (A & C) ^ (B & C))) | 0;
      H = G; G = F; F = E; E = (D + t1) | 0; D = C; C = B; B = A; A = (t1 + t2) | 0;
    }
    return (h0 + A) | 0;
  }

  var nonce = form.dataset.proofNonce;
  var bits = parseInt(form.dataset.proofBits, 10);
  var status = document.getElementById("proof-status");
  form.addEventListener("submit", function (event) {
    if (form.elements.proof_answer.value) { return; }
    event.preventDefault();
    form.querySelector("button[type=submit]").disabled = true;
    status.hidden = false;
    var counter = 0, started = Date.now();
    var step = function () {  // in slices, so the page stays responsive and shows it is working
      for (var end = counter + 100000; counter < end; counter++) {
        if (bits === 0 || (firstWord(nonce + ":" + counter) >>> (32 - bits)) === 0) {
          form.elements.proof_answer.value = String(counter);
          form.dataset.proofSeconds = ((Date.now() - started) / 1000).toFixed(1);
          form.submit();
          return;
        }
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  });
})();
