// The story bank page: deleting a story (DELETE /api/stories/{id}) after the candidate confirms.
(function () {
  "use strict";
  const list = document.getElementById("stories");
  if (!list) return;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content || "";
  list.addEventListener("click", async event => {
    const button = event.target.closest(".delete-story");
    if (!button) return;
    const item = button.closest(".story");
    const title = item.querySelector(".story-title").textContent;
    if (!confirm(`Delete "${title}" from your story bank?`)) return;
    const headers = csrf ? { "X-CSRF-TOKEN": csrf } : {};
    const response = await fetch(`/api/stories/${item.dataset.storyId}`, { method: "DELETE", headers });
    if (response.ok || response.status === 404) {
      // The coverage and the list of unanswered prompts change too: reload to show them right.
      window.location.reload();
    } else {
      alert(`Could not delete the story: ${response.status} ${response.statusText}`);
    }
  });
})();
