// The web application's one script, and pages work without it: after a form failed, move focus to its error summary
// (an element marked data-autofocus), so a screen reader reads the problems first and the keyboard starts there.
document.addEventListener("DOMContentLoaded", () => {
    const target = document.querySelector("[data-autofocus]");
    if (target) {
        target.focus();
    }
});
