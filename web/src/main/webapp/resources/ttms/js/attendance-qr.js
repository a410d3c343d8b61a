/* The class adviser's attendance screen: a fresh QR code every minute (each one is accepted for two). */
(function () {
    setInterval(function () {
        var qr = document.getElementById('qr');
        if (qr) {
            qr.src = qr.getAttribute('data-src') + '&v=' + Date.now();
        }
    }, 60000);
})();
