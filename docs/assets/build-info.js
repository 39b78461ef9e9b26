// Replaced in site/ by each `briefing build` with the date of that build.
window.BRIEFING_BUILD = window.BRIEFING_BUILD || { date: null };
