/* The print view's button opens the browser's print dialogue (no inline handler: the page's policy forbids them). */
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('print');
    if (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    }
});
