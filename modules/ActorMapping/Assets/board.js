// The mobilisation board without a mouse is its forms; with one, a card can be dragged to another column. Dropping
// opens the card's move form with that stage chosen and the note field focused: the move is still made, with its
// note, by the form's button, so a drop never moves an actor by accident.
document.addEventListener("DOMContentLoaded", () => {
    const board = document.querySelector(".board[data-draggable]");
    if (!board) {
        return;
    }

    for (const card of board.querySelectorAll(".card")) {
        if (card.querySelector("details.move")) {
            card.draggable = true;
            card.addEventListener("dragstart", event => {
                event.dataTransfer.setData("text/plain", card.id);
                event.dataTransfer.effectAllowed = "move";
            });
        }
    }

    for (const column of board.querySelectorAll(".board-column[data-stage]")) {
        column.addEventListener("dragover", event => {
            event.preventDefault();
            column.classList.add("drop-target");
        });
        column.addEventListener("dragleave", () => column.classList.remove("drop-target"));
        column.addEventListener("drop", event => {
            event.preventDefault();
            column.classList.remove("drop-target");
            const card = document.getElementById(event.dataTransfer.getData("text/plain"));
            const option = card?.querySelector(`details.move select option[value="${column.dataset.stage}"]`);
            if (!option) {
                return; // dropped back on its own column, whose stage is not among its choices
            }

            const details = card.querySelector("details.move");
            details.open = true;
            option.selected = true;
            details.querySelector("textarea").focus();
        });
    }
});
