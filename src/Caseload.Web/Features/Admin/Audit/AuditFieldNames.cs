using System.Text.RegularExpressions;

namespace Caseload.Web.Features.Admin.Audit;

/// <summary>
/// The Danish names of the fields the audit log keeps (property names, stable like the entity names), so an
/// administrator reads "Telefon", not "Phone". A test fails when an audited property has none; a field of an older
/// row that is no longer in the model is shown split into words.
/// </summary>
public static partial class AuditFieldNames
{
    public static string Danish(string field)
        => Names.TryGetValue(field, out var name) ? name : Split(field);

    public static bool Has(string field) => Names.ContainsKey(field);

    private static string Split(string field)
    {
        var words = SplitPattern().Replace(field.EndsWith("Json", StringComparison.Ordinal) ? field[..^4] : field, " $1").Trim();
        return words.Length == 0 ? field : char.ToUpperInvariant(words[0]) + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex SplitPattern();

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        // Every row
        ["Version"] = "Version", ["SavedVersion"] = "Gemt version", ["AnonymisedAt"] = "Anonymiseret",
        // The citizen's own access (/mig, issue #34).
        ["CodeExpiresAt"] = "Engangskode udløber", ["EnabledAt"] = "Adgang givet", ["FailedAttempts"] = "Mislykkede forsøg",
        ["LastSignInAt"] = "Sidst logget ind", ["LockedUntil"] = "Låst til", ["RevokedAt"] = "Adgang lukket",
        // API clients (issue #33, ADR 0049).
        ["Receiver"] = "Modtager i samtykket", ["TeamIds"] = "Teams", ["MayWrite"] = "Må skrive", ["MaySeeFullCpr"] = "Må se fuldt CPR-nummer",
        ["RevokedBy"] = "Lukket af",
        // What the citizen does on /mig (ADR 0048).
        ["DocumentKey"] = "Dokument", ["RowId"] = "Række", ["DocumentVersion"] = "Dokumentets version", ["Text"] = "Tekst",
        ["Cheerful"] = "Glad og i godt humør", ["Calm"] = "Rolig og afslappet", ["Active"] = "Aktiv og energisk",
        ["Rested"] = "Frisk og udhvilet", ["Interested"] = "Fyldt med ting, der interesserer", ["Score"] = "Score",
        ["HandledAt"] = "Ringet op", ["HandledBy"] = "Ringet op af", ["ActedAt"] = "Borgeren sidst aktiv på sin side",
        // Read and search details (explicit events)
        ["dokument"] = "Dokument", ["kriterie"] = "Kriterie", ["cpr"] = "CPR", ["hits"] = "Antal fund",
        // Citizens, courses, contacts
        ["Name"] = "Navn", ["Cpr"] = "CPR-nummer", ["DateOfBirth"] = "Fødselsdato", ["Address"] = "Adresse",
        ["SecretAddress"] = "Hemmelig adresse", ["Phone"] = "Telefon", ["SecondaryPhone"] = "Ekstra telefon",
        ["Email"] = "E-mail", ["InterpreterNeeded"] = "Behov for tolk", ["InterpreterLanguage"] = "Tolkesprog",
        ["Whereabouts"] = "Opholdssted", ["ActingMunicipality"] = "Handlekommune", ["Notes"] = "Noter", ["Note"] = "Note",
        ["CitizenId"] = "Borger", ["TeamId"] = "Team", ["CourseId"] = "Forløb", ["Method"] = "Metode", ["Status"] = "Status",
        ["PrimaryWorkerId"] = "Primær medarbejder", ["PrimaryWorkerSince"] = "Primær medarbejder siden",
        ["ResponsibleWorkerId"] = "Ansvarlig medarbejder", ["FromWorkerId"] = "Fra medarbejder", ["ToWorkerId"] = "Til medarbejder",
        ["StartDate"] = "Startdato", ["EndDate"] = "Slutdato", ["EndedOn"] = "Afsluttet den", ["ClosedOn"] = "Lukket den",
        ["ClosedBy"] = "Lukket af", ["ClosureReason"] = "Lukkeårsag", ["CloseReason"] = "Lukkeårsag",
        ["OccurredAt"] = "Tidspunkt", ["Channel"] = "Kontaktform", ["Achieved"] = "Kontakt opnået", ["Place"] = "Sted",
        ["LastAchievedContactAt"] = "Seneste opnåede kontakt", ["AuthorId"] = "Skrevet af", ["OwnerId"] = "Ejer",
        ["DurationMinutes"] = "Varighed (minutter)", ["NetworkTookPart"] = "Netværket deltog", ["EndCause"] = "Årsagstype",
        ["UserId"] = "Bruger", ["Role"] = "Rolle", ["Roles"] = "Roller", ["RolesJson"] = "Roller",
        ["CaseloadLimitPerFte"] = "Sagsloft pr. årsværk", ["Fte"] = "Årsværk", ["Unit"] = "Enhed",
        // Users (Identity)
        ["FullName"] = "Fulde navn", ["IsActive"] = "Aktiv", ["DeactivatedAt"] = "Deaktiveret", ["UserName"] = "Brugernavn",
        ["NormalizedUserName"] = "Brugernavn (søgeform)", ["NormalizedEmail"] = "E-mail (søgeform)",
        ["EmailConfirmed"] = "E-mail bekræftet", ["PhoneNumber"] = "Telefon", ["PhoneNumberConfirmed"] = "Telefon bekræftet",
        ["TwoFactorEnabled"] = "To-faktor slået til", ["LockoutEnd"] = "Låst indtil", ["LockoutEnabled"] = "Kan låses",
        ["AccessFailedCount"] = "Mislykkede logins", ["RoleId"] = "Rolle",
        // CTI
        ["CtiCourseId"] = "CTI-forløb", ["TransitionId"] = "Faseskift", ["Phase"] = "Fase", ["PhaseStart"] = "Fasestart",
        ["PhaseSince"] = "I fasen siden", ["PhaseHistoryJson"] = "Fasehistorik", ["Phase2Began"] = "Fase 2 begyndt",
        ["Phase3Began"] = "Fase 3 begyndt", ["InterruptionReason"] = "Afbrydelsesårsag", ["InterruptionNote"] = "Note om afbrydelse",
        ["Point"] = "Målepunkt", ["Date"] = "Dato", ["FiguresOn"] = "Tal pr.", ["FiguresJson"] = "Tal",
        ["EndMeasurementMissingBecause"] = "Slutmåling mangler fordi", ["Label"] = "Betegnelse", ["Title"] = "Titel",
        ["NeedsNewGoals"] = "Behov for nye mål", ["HandoverOn"] = "Overdragelse den", ["Residence"] = "Bolig",
        ["PlannedMoveIn"] = "Planlagt indflytning", ["SupportAfterCourse"] = "Støtte efter forløbet",
        ["LongTermNeeds"] = "Langsigtede behov", ["ReceivingMunicipality"] = "Modtagende kommune",
        ["ReceivingContactPerson"] = "Kontaktperson i modtagende kommune", ["AnswersJson"] = "Svar", ["TicksJson"] = "Afkrydsninger",
        ["Number"] = "Nummer", ["SavedAt"] = "Gemt", ["SavedBy"] = "Gemt af", ["LastSavedAt"] = "Senest gemt",
        ["VersionCount"] = "Antal versioner", ["RevisionCount"] = "Antal revisioner", ["DriversJson"] = "Drivkræfter",
        // Outreach
        ["OutreachCaseId"] = "Fremskudt sag", ["ReferralId"] = "Henvisning", ["ReceivedOn"] = "Modtaget den",
        ["ReceivedBy"] = "Modtaget af", ["Source"] = "Kilde", ["Reason"] = "Årsag", ["Stage"] = "Trin", ["Event"] = "Hændelse",
        ["ScreenedOn"] = "Screenet den", ["ScreenedBy"] = "Screenet af", ["AgeAtScreening"] = "Alder ved screening",
        ["AllocatedOn"] = "Fordelt den", ["ContactPeriodStart"] = "Kontaktperiode start", ["NextFollowUpOn"] = "Næste opfølgning",
        ["FollowUpOn"] = "Opfølgning den", ["Outcome"] = "Resultat", ["Kind"] = "Type", ["GivenOn"] = "Givet den",
        ["WithdrawnOn"] = "Trukket tilbage den", ["FullConsent"] = "Fuldt samtykke", ["Parties"] = "Parter",
        ["ValidFrom"] = "Gyldig fra", ["ValidTo"] = "Gyldig til", ["ValidUntil"] = "Gyldig til", ["PassedTo"] = "Givet videre til",
        ["CaseworkerUnit"] = "Sagsbehandlers enhed", ["CaseworkerFrom"] = "Sagsbehandler fra", ["RecordedAt"] = "Registreret",
        ["RecordedBy"] = "Registreret af", ["NotRelevantReason"] = "Ikke relevant fordi", ["Comment"] = "Kommentar",
        // Network maps, agreements, meetings, action plans
        ["NetworkMapId"] = "Netværkskort", ["ContactsJson"] = "Personer", ["GroupsJson"] = "Grupper", ["Group"] = "Gruppe",
        ["Purpose"] = "Formål", ["Agreed"] = "Aftalt", ["Content"] = "Indhold", ["SignedFileId"] = "Underskrevet fil",
        ["SignedFileName"] = "Underskrevet fil (navn)", ["MeetingId"] = "Møde", ["HeldOn"] = "Afholdt den", ["Held"] = "Afholdt",
        ["StartsAt"] = "Starter", ["EndsAt"] = "Slutter", ["Agenda"] = "Dagsorden", ["AgendaNumber"] = "Punkt nr.",
        ["Participants"] = "Deltagere", ["PresencesJson"] = "Fremmøde", ["AbsencesJson"] = "Fravær", ["Minutes"] = "Referat",
        ["MinutesSentAt"] = "Referat sendt", ["InvitationSentAt"] = "Indkaldelse sendt", ["InvitationCount"] = "Antal indkaldelser",
        ["ChairId"] = "Mødeleder", ["ChairPhone"] = "Mødeleders telefon", ["ConfidentialRoom"] = "Lokale med fortrolighed",
        ["Decisions"] = "Beslutninger", ["DecidedOn"] = "Besluttet den", ["DecidedBy"] = "Besluttet af", ["TasksJson"] = "Opgaver",
        ["DueOn"] = "Frist", ["Done"] = "Udført", ["DoneOn"] = "Udført den", ["ResponsiblePersonName"] = "Ansvarlig",
        ["ResponsiblePersonRole"] = "Ansvarligs rolle", ["ResponsiblePersonContact"] = "Ansvarligs kontakt",
        ["ActionPlanId"] = "Handleplan", ["ActionsJson"] = "Indsatser", ["MadeOn"] = "Udarbejdet den", ["MadeBy"] = "Udarbejdet af",
        ["ReviewOn"] = "Revideres den", ["OffPlan"] = "Uden for planen", ["By"] = "Af", ["At"] = "Tidspunkt",
        ["SeenByPrimaryWorker"] = "Set af primær medarbejder", ["Documentation"] = "Dokumentation",
        // The fidelity review (issue #29 item 5, ADR 0055)
        ["Scale"] = "Skala", ["PeriodFrom"] = "Periode fra", ["PeriodTo"] = "Periode til", ["ReviewedOn"] = "Vurderingsdato",
        ["ItemsJson"] = "Punkter",
        // Implementation, drop-in, partners, files
        ["ProjectId"] = "Implementeringsprojekt", ["PartnerId"] = "Samarbejdspartner", ["ActivitiesJson"] = "Aktiviteter",
        ["TrainingJson"] = "Uddannelse", ["AssessedOn"] = "Vurderet den", ["Questions"] = "Spørgsmål",
        ["ProfessionalCompetences"] = "Faglige kompetencer", ["PersonalCompetences"] = "Personlige kompetencer",
        ["Discipline"] = "Faggruppe", ["LearningPoints"] = "Læringspunkter", ["PlannedDate"] = "Planlagt dato",
        ["OpeningHours"] = "Åbningstider", ["Length"] = "Længde", ["FileName"] = "Filnavn", ["ContentType"] = "Filtype",
        ["UploadedAt"] = "Uploadet", ["UploadedBy"] = "Uploadet af", ["CoordinatingMeeting"] = "Koordinerende møde",
        // Document texts (personal: only "changed" is logged)
        ["CitizensView"] = "Borgerens egne ord", ["GoalsJson"] = "Mål", ["Goals"] = "Mål", ["Goal"] = "Mål",
        ["Coordination"] = "Koordinering", ["CurrentSituation"] = "Nuværende situation", ["FollowUpStatus"] = "Opfølgning",
        ["ObstaclesCitizen"] = "Forhindringer (borgerens)", ["ObstaclesWorker"] = "Forhindringer (medarbejderens)",
        ["Present"] = "Til stede", ["RowsJson"] = "Rækker", ["TasksAuthority"] = "Myndighedens opgaver",
        ["TasksCoordination"] = "Koordinerende opgaver", ["TasksOther"] = "Andre opgaver", ["WhatHelps"] = "Hvad hjælper",
        ["Activities"] = "Aktiviteter", ["Support"] = "Støtte", ["CitizensWords"] = "Borgerens ord", ["Housing"] = "Bolig",
        ["LifeSituation"] = "Livssituation", ["Readiness"] = "Parathed", ["SubstanceUse"] = "Rusmiddelbrug",
        ["Who5Active"] = "WHO-5: aktiv", ["Who5Calm"] = "WHO-5: rolig", ["Who5Cheerful"] = "WHO-5: glad",
        ["Who5Interested"] = "WHO-5: interesseret", ["Who5Rested"] = "WHO-5: udhvilet", ["Who5Score"] = "WHO-5-score",
        ["AgendaJson"] = "Dagsorden", ["CitizenEmail"] = "Borgerens e-mail", ["CitizenWhereabouts"] = "Borgerens opholdssted",
        ["MinuteTakerEmail"] = "Referents e-mail", ["MinuteTakerName"] = "Referent", ["MinuteTakerPhone"] = "Referents telefon",
        ["ParticipantsJson"] = "Deltagere", ["Description"] = "Beskrivelse", ["PersonsJson"] = "Personer",
        ["CaseworkerName"] = "Sagsbehandler", ["ClosureNote"] = "Note om lukning", ["HandoverAgreement"] = "Overdragelsesaftale",
        ["Information"] = "Oplysninger", ["Party"] = "Part", ["Concern"] = "Bekymring", ["CriteriaCodes"] = "Kriterier",
        ["DeclineReason"] = "Afvisningsårsag", ["ReferrerContact"] = "Henviserens kontakt", ["ReferrerName"] = "Henviser",
        // The ACT team's week (ADR 0032).
        ["Cadence"] = "Mødekadence", ["ReviewEveryWeeks"] = "Gennemgang mindst hver (uger)", ["PlannedContactsPerWeek"] = "Planlagte kontakter pr. uge",
        ["PlannedEndOn"] = "Planlagt slut", ["StartOn"] = "Start", ["StoppedOn"] = "Stoppet den", ["ClosedAt"] = "Afsluttet",
        ["PresentWorkerIds"] = "Til stede", ["AddedByLeader"] = "Tilføjet af teamlederen", ["RemovedByLeader"] = "Fjernet af teamlederen",
        ["CitizenTookPart"] = "Borgeren deltog", ["Position"] = "Plads på dagsordenen", ["Reasons"] = "Hvorfor på dagsordenen",
        ["ReviewedAt"] = "Gennemgået", ["ReviewedBy"] = "Gennemgået af",
        ["WorkerId"] = "Medarbejder", ["CancelledAt"] = "Aflyst",
        // SMS reminders (ADR 0038).
        ["CitizenInvited"] = "Borgeren inviteret", ["SubjectId"] = "Besøg eller møde", ["ForDate"] = "Dato for besøg eller møde",
        ["ClaimedAt"] = "Sendes fra", ["DoneAt"] = "Afsendt eller fejlet", ["Failure"] = "Fejl",
        ["OwnerKind"] = "Hvem har opgaven", ["OwnerName"] = "Samarbejdspartner",
    };
}
