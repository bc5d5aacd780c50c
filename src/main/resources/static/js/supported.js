// Runs before the page is drawn, so GOV.UK components do not flash their no-JavaScript versions.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
