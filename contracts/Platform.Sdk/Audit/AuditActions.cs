namespace Platform.Sdk.Audit;

/// <summary>
/// Every audited action of the platform and its modules, one constant each, so that codes stay unique and readable in
/// one place. A module that audits a new kind of action adds it here (see docs/module-authoring.md).
/// </summary>
public static class AuditActions
{
    public static readonly AuditAction MunicipalityOnboarded =
        new("partnership.municipality-onboarded", "Kommune optaget i partnerskab", "Municipality onboarded");

    public static readonly AuditAction MunicipalityOffboarded =
        new("partnership.municipality-offboarded", "Kommune udmeldt af partnerskab", "Municipality offboarded");

    public static readonly AuditAction InvitationSent =
        new("partnership.invitation-sent", "Invitation til partnerskab sendt", "Partnership invitation sent");

    public static readonly AuditAction InvitationAccepted =
        new("partnership.invitation-accepted", "Invitation til partnerskab accepteret", "Partnership invitation accepted");

    public static readonly AuditAction InvitationDeclined =
        new("partnership.invitation-declined", "Invitation til partnerskab afvist", "Partnership invitation declined");

    public static readonly AuditAction InvitationWithdrawn =
        new("partnership.invitation-withdrawn", "Invitation til partnerskab trukket tilbage", "Partnership invitation withdrawn");

    public static readonly AuditAction ModuleSwitched =
        new("municipality.module-switched", "Modul slået til eller fra", "Module switched on or off");

    public static readonly AuditAction PersonInvited =
        new("people.person-invited", "Person inviteret", "Person invited");

    public static readonly AuditAction GrantsChanged =
        new("people.grants-changed", "Roller ændret", "Roles changed");

    public static readonly AuditAction PersonRemoved =
        new("people.person-removed", "Person fjernet med alle roller", "Person removed with all roles");

    public static readonly AuditAction SignInLinkIssued =
        new("people.sign-in-link-issued", "Login-link udstedt", "Sign-in link issued");

    public static readonly AuditAction TokenIssued =
        new("security.token-issued", "Adgangsnøgle (token) udstedt", "Access token issued");

    public static readonly AuditAction ServiceAccountAdded =
        new("security.service-account-added", "Servicekonto oprettet", "Service account added");

    public static readonly AuditAction ServiceAccountRevoked =
        new("security.service-account-revoked", "Servicekonto tilbagekaldt", "Service account revoked");

    public static readonly AuditAction PersonalDataExported =
        new("personal-data.exported", "Persondata udleveret", "Personal data exported");

    public static readonly AuditAction PersonalDataErased =
        new("personal-data.erased", "Persondata slettet", "Personal data erased");

    public static readonly AuditAction CollectionLinkIssued =
        new("surveys.collection-link-issued", "Indsamlingslink til spørgeskema udstedt", "Survey collection link issued");

    public static readonly AuditAction CalendarFeedIssued =
        new("events.calendar-feed-issued", "Kalenderabonnement udstedt eller fornyet", "Calendar feed issued or rotated");

    public static readonly AuditAction ParticipantsExported =
        new("events.participants-exported", "Deltagerliste eksporteret", "Participants exported");

    public static readonly AuditAction ContactPersonsExported =
        new("actor-mapping.actors-exported", "Aktører med kontaktpersoner eksporteret", "Actors with contact persons exported");

    public static readonly AuditAction ReportDownloaded =
        new("reporting.report-downloaded", "Rapport hentet", "Report downloaded");

    /// <summary>Every action, in the order pages list them.</summary>
    public static IReadOnlyList<AuditAction> All { get; } =
    [
        MunicipalityOnboarded, MunicipalityOffboarded, InvitationSent, InvitationAccepted, InvitationDeclined, InvitationWithdrawn,
        ModuleSwitched, PersonInvited, GrantsChanged, PersonRemoved, SignInLinkIssued, TokenIssued, ServiceAccountAdded, ServiceAccountRevoked,
        PersonalDataExported, PersonalDataErased, CollectionLinkIssued, CalendarFeedIssued, ParticipantsExported,
        ContactPersonsExported, ReportDownloaded,
    ];

    /// <summary>The action with this code, or null.</summary>
    public static AuditAction? Find(string code) => All.FirstOrDefault(action => action.Code == code);
}
