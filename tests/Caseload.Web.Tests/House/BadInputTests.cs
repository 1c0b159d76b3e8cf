using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Caseload.Domain.Auditing;
using Caseload.TestSupport;
using Caseload.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace Caseload.Web.Tests.House;

/// <summary>
/// Every form in the app, submitted as the page shows it with one field made bad: one character over its limit
/// (with a script payload in it), empty where required, a malformed date, number, GUID, enum or checkbox. Never
/// a 5xx; a Danish message (by the field when the field is visible); what was typed kept; nothing stored.
/// </summary>
public abstract partial class BadInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseloadAppFactory, new()
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>A text of exactly <paramref name="length"/> characters that starts with a script payload.</summary>
    private static string Over(int limit) => (Script + new string('æ', limit)).Substring(0, limit + 1);

    public sealed record Case(string Name, string User, string Page, string Action, string Field, string Bad,
        (string Name, string Value)[]? Valid = null, bool Kept = true, bool Visible = true);

    private sealed record Ids(Guid Citizen, Guid Course, Guid ActTeam, string Worker1, string Worker3, string UserToEdit, Guid Team, Guid CtiCitizen,
        Guid FsCitizen, Guid WaitingCitizen, Guid WaitingReferral, Guid FsMetCitizen, Guid Project, Guid ReflectionDay, Guid Partner, Guid PartnerAgreement);

    private static IEnumerable<Case> Cases(Ids id)
    {
        var citizen = $"/borgere/{id.Citizen}";
        (string, string)[] newCitizen = [("Input.Name", "Testborger"), ("Input.Cpr", "010180-1234"), ("Input.Whereabouts", "OwnHome")];
        const string worker = "medarbejder1.act@caseload.local", leader = "teamleder.act@caseload.local", admin = "admin@caseload.local";

        // Citizen: create
        yield return new("Opret: navn for langt", worker, "/borgere/ny", "/borgere/ny", "Input.Name", Over(150), newCitizen);
        yield return new("Opret: navn tomt", worker, "/borgere/ny", "/borgere/ny", "Input.Name", "", newCitizen);
        yield return new("Opret: CPR forkert", worker, "/borgere/ny", "/borgere/ny", "Input.Cpr", "310285-1234", newCitizen);
        yield return new("Opret: CPR fødselsdato i fremtiden", worker, "/borgere/ny", "/borgere/ny", "Input.Cpr", "010136-4000", newCitizen);
        yield return new("Opret: CPR tekst", worker, "/borgere/ny", "/borgere/ny", "Input.Cpr", Script, newCitizen);
        yield return new("Opret: adresse", worker, "/borgere/ny", "/borgere/ny", "Input.Address", Over(250), newCitizen);
        yield return new("Opret: telefon", worker, "/borgere/ny", "/borgere/ny", "Input.Phone", Over(40), newCitizen);
        yield return new("Opret: anden telefon", worker, "/borgere/ny", "/borgere/ny", "Input.SecondaryPhone", Over(40), newCitizen);
        yield return new("Opret: e-mail", worker, "/borgere/ny", "/borgere/ny", "Input.Email", Over(200), newCitizen);
        yield return new("Opret: handlekommune", worker, "/borgere/ny", "/borgere/ny", "Input.ActingMunicipality", Over(80), newCitizen);
        yield return new("Opret: noter", worker, "/borgere/ny", "/borgere/ny", "Input.Notes", Over(4000), newCitizen);
        yield return new("Opret: sprog", worker, "/borgere/ny", "/borgere/ny", "Input.InterpreterLanguage", Over(60), [.. newCitizen, ("Input.InterpreterNeeded", "true")]);
        yield return new("Opret: team ikke et id", worker, "/borgere/ny", "/borgere/ny", "Input.TeamId", "ikke-et-id", newCitizen, Kept: false);
        yield return new("Opret: opholdssted ukendt", worker, "/borgere/ny", "/borgere/ny", "Input.Whereabouts", "Månen", newCitizen, Kept: false);
        yield return new("Opret: tolk ikke ja/nej", worker, "/borgere/ny", "/borgere/ny", "Input.InterpreterNeeded", "abc", newCitizen, Kept: false);

        // Citizen: edit, CPR correction
        yield return new("Ret: navn for langt", worker, $"{citizen}/rediger", $"{citizen}/rediger", "Input.Name", Over(150));
        yield return new("Ret: navn tomt", worker, $"{citizen}/rediger", $"{citizen}/rediger", "Input.Name", "");
        yield return new("Ret: noter", worker, $"{citizen}/rediger", $"{citizen}/rediger", "Input.Notes", Over(4000));
        yield return new("Ret: version ikke et id", worker, $"{citizen}/rediger", $"{citizen}/rediger", "Input.Version", "xyz", Kept: false, Visible: false);
        yield return new("CPR: ugyldig dato", worker, $"{citizen}/cpr", $"{citizen}/cpr", "Input.NewCpr", "310285-1234", [("Input.Reason", "Tastefejl")]);
        yield return new("CPR: fødselsdato i fremtiden", worker, $"{citizen}/cpr", $"{citizen}/cpr", "Input.NewCpr", "010136-4000", [("Input.Reason", "Tastefejl")]);
        yield return new("CPR: begrundelse for lang", worker, $"{citizen}/cpr", $"{citizen}/cpr", "Input.Reason", Over(300), [("Input.NewCpr", "010180-1234")]);
        yield return new("CPR: begrundelse tom", worker, $"{citizen}/cpr", $"{citizen}/cpr", "Input.Reason", "", [("Input.NewCpr", "010180-1234")]);

        // Contact log
        (string, string)[] contact = [("Contact.Channel", "HomeVisit"), ("Contact.Achieved", "true")];
        yield return new("Kontakt: sted", worker, citizen, $"{citizen}/kontakter", "Contact.Place", Over(150), contact);
        yield return new("Kontakt: deltagere", worker, citizen, $"{citizen}/kontakter", "Contact.Participants", Over(300), contact);
        yield return new("Kontakt: notat", worker, citizen, $"{citizen}/kontakter", "Contact.Note", Over(4000), contact);
        yield return new("Kontakt: dato tekst", worker, citizen, $"{citizen}/kontakter", "Contact.OccurredAt", "i går ved 10-tiden", contact);
        yield return new("Kontakt: år 1", worker, citizen, $"{citizen}/kontakter", "Contact.OccurredAt", "0001-01-01T10:00", contact);
        yield return new("Kontakt: tid i sommertidshullet", worker, citizen, $"{citizen}/kontakter", "Contact.OccurredAt", "2026-03-29T02:30", contact);
        yield return new("Kontakt: dato tom", worker, citizen, $"{citizen}/kontakter", "Contact.OccurredAt", "", contact);
        yield return new("Kontakt: kontaktform ukendt", worker, citizen, $"{citizen}/kontakter", "Contact.Channel", "Brevdue", [("Contact.Achieved", "true")], Kept: false);

        // Courses (team leader)
        var reassign = $"/forloeb/{id.Course}/tovholder";
        yield return new("Skift: begrundelse for lang", leader, reassign, reassign, "Reason", Over(500), [("NewWorkerId", id.Worker3)]);
        yield return new("Skift: begrundelse tom", leader, reassign, reassign, "Reason", "", [("NewWorkerId", id.Worker3)]);
        yield return new("Skift: ingen ny tovholder", leader, reassign, reassign, "NewWorkerId", "", [("Reason", "Ferie")], Kept: false);
        yield return new("Skift: version ikke et id", leader, reassign, reassign, "Version", "xyz", [("NewWorkerId", id.Worker3), ("Reason", "Ferie")], Kept: false, Visible: false);
        var close = $"/forloeb/{id.Course}/afslut";
        yield return new("Afslut: årsag for lang", leader, close, close, "Reason", Over(500));
        yield return new("Afslut: dato tekst", leader, close, close, "EndDate", "snart", [("Reason", "Flyttet")]);
        yield return new("Afslut: år 9999", leader, close, close, "EndDate", "9999-12-31", [("Reason", "Flyttet")]);
        var bulk = $"/tavle/{id.ActTeam}/flyt-alle?from={id.Worker1}";
        yield return new("Flyt alle: begrundelse for lang", leader, bulk, "/flyt-alle", "Reason", Over(500), [("ToWorkerId", id.Worker3)]);
        yield return new("Flyt alle: begrundelse tom", leader, bulk, "/flyt-alle", "Reason", "", [("ToWorkerId", id.Worker3)]);

        // CTI (Thomas Vinther: phase 2 in the demo data, his CTI worker signed in)
        const string ctiWorker = "medarbejder1.cti@caseload.local";
        var cti = $"/borgere/{id.CtiCitizen}/cti";
        (string, string)[] answers = [("Who5Cheerful", "3"), ("Who5Calm", "3"), ("Who5Active", "2"), ("Who5Rested", "2"), ("Who5Interested", "3"),
            ("LifeSituation", "5"), ("Readiness", "2"), ("Housing", "OwnHome"), ("SubstanceUse", "None")];
        var measure = $"{cti}/maaling/6-maaneder";
        yield return new("CTI-måling: livssituation tekst", ctiWorker, measure, measure, "LifeSituation", "fem", answers);
        yield return new("CTI-måling: livssituation 11", ctiWorker, measure, measure, "LifeSituation", "11", answers);
        yield return new("CTI-måling: parathed 0", ctiWorker, measure, measure, "Readiness", "0", answers);
        yield return new("CTI-måling: WHO-5 uden for skalaen", ctiWorker, measure, measure, "Who5Cheerful", "9", answers, Kept: false);
        yield return new("CTI-måling: egne ord for lange", ctiWorker, measure, measure, "CitizensWords", Over(2000), answers);
        yield return new("CTI-måling: dato tekst", ctiWorker, measure, measure, "Date", "snart", answers);
        yield return new("CTI-mål: mål for langt", ctiWorker, $"{cti}/maal", $"{cti}/maal", "Goal", Over(500));
        yield return new("CTI-mål: mål tomt", ctiWorker, $"{cti}/maal", $"{cti}/maal", "Goal", "");
        yield return new("CTI-mål: aktiviteter for lange", ctiWorker, $"{cti}/maal", $"{cti}/maal", "Activities", Over(2000), [("Goal", "Egen bolig")]);
        yield return new("CTI-mål: status ukendt", ctiWorker, $"{cti}/maal", $"{cti}/maal", "Status", "Måske", [("Goal", "Egen bolig")], Kept: false);
        var phase3 = $"{cti}/overgang/fase-3";
        yield return new("CTI-overgang: kommentar for lang", ctiWorker, phase3, phase3, "Comment", Over(1000));
        yield return new("CTI-overgang: dato tekst", ctiWorker, phase3, phase3, "Date", "snart");
        yield return new("CTI-overgang: år 9999", ctiWorker, phase3, phase3, "Date", "9999-12-31");
        var interrupt = $"{cti}/afbryd";
        yield return new("CTI-afbryd: beskrivelse for lang", ctiWorker, interrupt, interrupt, "Note", Over(2000), [("Reason", "Other")]);
        yield return new("CTI-afbryd: andet uden beskrivelse", ctiWorker, interrupt, interrupt, "Note", "", [("Reason", "Other")]);
        yield return new("CTI-afbryd: dato tekst", ctiWorker, interrupt, interrupt, "Date", "snart", [("Reason", "Other"), ("Note", "Flyttet")]);
        yield return new("CTI-afbryd: ny kommune for lang", ctiWorker, interrupt, interrupt, "ReceivingMunicipality", Over(150),
            [("Reason", "MovedToOtherMunicipality"), ("ReceivingContactPerson", "Lene Holm")]);
        yield return new("CTI-afbryd: årsag ukendt", ctiWorker, interrupt, interrupt, "Reason", "Ferie", Kept: false);
        var handover = $"{cti}/overdragelse";
        yield return new("CTI-overdragelse: ansvarlig for lang", ctiWorker, handover, handover, "ResponsiblePersonName", Over(150));
        yield return new("CTI-overdragelse: behov for lange", ctiWorker, handover, handover, "LongTermNeeds", Over(2000));
        yield return new("CTI-overdragelse: støtte for lang", ctiWorker, handover, handover, "SupportAfterCourse", Over(2000));
        yield return new("CTI-møde: deltagere tomme", ctiWorker, handover, $"{handover}/moede", "Meeting.Participants", "");
        yield return new("CTI-møde: dato tekst", ctiWorker, handover, $"{handover}/moede", "Meeting.Date", "snart", [("Meeting.Participants", "Borgeren")]);
        yield return new("CTI-møde: holdt i fremtiden", ctiWorker, handover, $"{handover}/moede", "Meeting.Held", "true",
            [("Meeting.Participants", "Borgeren"), ("Meeting.Date", "2099-01-01")], Kept: false);

        // Outreach (Rasmus Kjær: contacted, first meeting not yet; Lone Brandt: a screened referral awaiting the decision)
        const string fsWorker = "medarbejder1.fs@caseload.local";
        (string, string)[] newReferral = [("Input.CitizenName", "Testborger FS"), ("Input.Source", "Police"), ("Input.ReferrerName", "Politiet"), ("Input.Concern", "Bekymring")];
        const string newRef = "/fs/henvendelser/ny";
        yield return new("Henvendelse: navn for langt", fsWorker, newRef, newRef, "Input.CitizenName", Over(150), newReferral);
        yield return new("Henvendelse: navn tomt", fsWorker, newRef, newRef, "Input.CitizenName", "", newReferral);
        yield return new("Henvendelse: CPR ugyldig", fsWorker, newRef, newRef, "Input.Cpr", "310285-1234", newReferral);
        yield return new("Henvendelse: CPR fødselsdato i fremtiden", fsWorker, newRef, newRef, "Input.Cpr", "010136-4000", newReferral);
        yield return new("Henvendelse: CPR findes i et andet team", fsWorker, newRef, newRef, "Input.Cpr", "120367-1235", newReferral);
        yield return new("Henvendelse: bekymring tom", fsWorker, newRef, newRef, "Input.Concern", "", newReferral);
        yield return new("Henvendelse: bekymring for lang", fsWorker, newRef, newRef, "Input.Concern", Over(2000), newReferral);
        yield return new("Henvendelse: henviser for lang", fsWorker, newRef, newRef, "Input.ReferrerName", Over(150), newReferral);
        yield return new("Henvendelse: kontakt for lang", fsWorker, newRef, newRef, "Input.ReferrerContact", Over(300), newReferral);
        yield return new("Henvendelse: dato tekst", fsWorker, newRef, newRef, "Input.ReceivedOn", "snart", newReferral);
        yield return new("Henvendelse: dato i fremtiden", fsWorker, newRef, newRef, "Input.ReceivedOn", "2099-01-01", newReferral);
        yield return new("Henvendelse: kilde ukendt", fsWorker, newRef, newRef, "Input.Source", "Månen", newReferral, Kept: false);
        var waiting = $"/borgere/{id.WaitingCitizen}/fs/henvendelser/{id.WaitingReferral}";
        yield return new("Screening: dato tekst", fsWorker, waiting, $"{waiting}/screening", "Screening.ScreenedOn", "snart");
        yield return new("Screening: før henvendelsen", fsWorker, waiting, $"{waiting}/screening", "Screening.ScreenedOn", "2020-01-01");
        yield return new("Screening: videregivet for lang", fsWorker, waiting, $"{waiting}/screening", "Screening.PassedTo", Over(150));
        yield return new("Screening: ukendt kriterium", fsWorker, waiting, $"{waiting}/screening", "Screening.Criteria", "z9", Kept: false);
        yield return new("Afgørelse: afvist uden begrundelse", fsWorker, waiting, $"{waiting}/afgoerelse", "Ruling.DeclineReason", "", [("Ruling.Decision", "Decline")]);
        yield return new("Afgørelse: begrundelse for lang", fsWorker, waiting, $"{waiting}/afgoerelse", "Ruling.DeclineReason", Over(2000), [("Ruling.Decision", "Decline")]);
        yield return new("Afgørelse: visiteret uden sagsbehandler", fsWorker, waiting, $"{waiting}/afgoerelse", "Ruling.WorkerId", "", [("Ruling.Decision", "Accept")], Kept: false);
        yield return new("Afgørelse: sagsbehandler fra et andet team", fsWorker, waiting, $"{waiting}/afgoerelse", "Ruling.WorkerId", id.Worker1, [("Ruling.Decision", "Accept")], Kept: false);
        yield return new("Afgørelse: dato tekst", fsWorker, waiting, $"{waiting}/afgoerelse", "Ruling.DecidedOn", "snart", [("Ruling.Decision", "Decline"), ("Ruling.DeclineReason", "Nej")]);
        yield return new("Afgørelse: ukendt", fsWorker, waiting, $"{waiting}/afgoerelse", "Ruling.Decision", "Måske", Kept: false);
        var fs = $"/borgere/{id.FsCitizen}/fs";
        (string, string)[] attempt = [("Attempt.Channel", "Phone"), ("Attempt.Outcome", "NoAnswer")];
        yield return new("Kontaktforsøg: bemærkning for lang", fsWorker, fs, $"{fs}/kontaktforsoeg", "Attempt.Note", Over(2000), attempt);
        yield return new("Kontaktforsøg: dato tekst", fsWorker, fs, $"{fs}/kontaktforsoeg", "Attempt.Date", "snart", attempt);
        yield return new("Kontaktforsøg: dato i fremtiden", fsWorker, fs, $"{fs}/kontaktforsoeg", "Attempt.Date", "2099-01-01", attempt);
        yield return new("Kontaktforsøg: kanal ukendt", fsWorker, fs, $"{fs}/kontaktforsoeg", "Attempt.Channel", "Brevdue", [("Attempt.Outcome", "NoAnswer")], Kept: false);
        yield return new("Trin: bemærkning for lang", fsWorker, fs, $"{fs}/trin", "Step.Note", Over(2000), [("Step.Event", "InternalInformation")]);
        var met = $"/borgere/{id.FsMetCitizen}/fs"; // past the first meeting
        yield return new("Trin: eksterne oplysninger uden samtykke", fsWorker, met, $"{met}/trin", "Step.Party", "Politiet", [("Step.Event", "ExternalInformation")]);
        yield return new("Trin: referat før mødet", fsWorker, fs, $"{fs}/trin", "Step.Event", "MinutesSent", Kept: false);
        yield return new("Trin: dato før visitationen", fsWorker, fs, $"{fs}/trin", "Step.Date", "2020-01-01", [("Step.Event", "InternalInformation")]);
        yield return new("Samtykke: oplysninger tomme", fsWorker, fs, $"{fs}/samtykke", "Consent.Information", "", [("Consent.Parties", "Egen læge")]);
        yield return new("Samtykke: parter for lange", fsWorker, fs, $"{fs}/samtykke", "Consent.Parties", Over(1000), [("Consent.Information", "Helbred")]);
        yield return new("Samtykke: udløber før det er givet", fsWorker, fs, $"{fs}/samtykke", "Consent.ValidUntil", "2020-01-01",
            [("Consent.Information", "Helbred"), ("Consent.Parties", "Egen læge")]);
        yield return new("Sagsbehandler: navn for langt", fsWorker, fs, $"{fs}/sagsbehandler", "Caseworker.Name", Over(150), [("Caseworker.Unit", "Myndighed")]);
        yield return new("Sagsbehandler: enhed tom", fsWorker, fs, $"{fs}/sagsbehandler", "Caseworker.Unit", "", [("Caseworker.Name", "Birgit Holm")]);
        yield return new("Sagsbehandler: overdragelse uden dato", fsWorker, fs, $"{fs}/sagsbehandler", "Caseworker.HandoverOn", "",
            [("Caseworker.Name", "Birgit Holm"), ("Caseworker.Unit", "Myndighed"), ("Caseworker.HandoverAgreement", "Aftalt")]);
        yield return new("Afslut: andet uden beskrivelse", fsWorker, fs, $"{fs}/afslut", "Close.Note", "", [("Close.Reason", "Other")]);
        yield return new("Afslut: årsag ukendt", fsWorker, fs, $"{fs}/afslut", "Close.Reason", "Ferie", Kept: false);
        yield return new("Afslut: dato tekst", fsWorker, fs, $"{fs}/afslut", "Close.Date", "snart", [("Close.Reason", "NoFurtherNeed")]);

        // Network map (Bent Kristensen's, three versions in the demo data; the own doctor is row 0)
        var map = $"{citizen}/netvaerkskort/rediger";
        yield return new("Netværkskort: navn for langt", worker, map, map, "Input.Persons[1].Name", Over(150));
        yield return new("Netværkskort: arbejdssted for langt", worker, map, map, "Input.Persons[1].Workplace", Over(150));
        yield return new("Netværkskort: egen læge tom", worker, map, map, "Input.Persons[0].Name", "", Visible: false);
        yield return new("Netværkskort: relation uden navn", worker, map, map, "Input.Persons[1].Name", "", Visible: false);
        yield return new("Netværkskort: kategori ukendt", worker, map, map, "Input.Persons[1].Category", "Månen", Kept: false);
        yield return new("Netværkskort: version ikke et id", worker, map, map, "Input.Version", "xyz", Kept: false, Visible: false);

        // Cooperation agreement (a new one for Bent Kristensen)
        var agreement = $"{citizen}/samarbejdsaftaler/ny";
        yield return new("Samarbejdsaftale: sted for langt", worker, agreement, agreement, "Input.Place", Over(200));
        yield return new("Samarbejdsaftale: mål for lange", worker, agreement, agreement, "Input.Goals", Over(2000));
        yield return new("Samarbejdsaftale: dato tekst", worker, agreement, agreement, "Input.MadeOn", "snart");
        yield return new("Samarbejdsaftale: dato i fremtiden", worker, agreement, agreement, "Input.MadeOn", "2099-01-01");
        yield return new("Samarbejdsaftale: aftale uden mål", worker, agreement, agreement, "Input.Rows[0].ActionsCitizen", "Ringer selv", Visible: false);
        yield return new("Samarbejdsaftale: opfølgning før aftalen", worker, agreement, agreement, "Input.Rows[0].FollowUpOn", "2020-01-01",
            [("Input.Rows[0].Goal", "Tid hos lægen")], Visible: false);
        yield return new("Samarbejdsaftale: handlinger for lange", worker, agreement, agreement, "Input.Rows[0].ActionsWorker", Over(2000), [("Input.Rows[0].Goal", "Tid hos lægen")]);

        // ACT action plan (Bent Kristensen's, two revisions in the demo data)
        var plan = $"{citizen}/indsatsplan";
        yield return new("Indsatsplan: mål for langt", worker, plan, plan, "Input.Goals[0].Goal", Over(400));
        yield return new("Indsatsplan: egne ord uden mål", worker, plan, plan, "Input.Goals[0].Goal", "", Visible: false);
        yield return new("Indsatsplan: opfølgning tekst", worker, plan, plan, "Input.Goals[0].FollowUpOn", "snart");
        yield return new("Indsatsplan: livsområde ukendt", worker, plan, plan, "Input.Goals[0].Area", "Månen", Kept: false);
        yield return new("Indsatsplan: borgerens syn for langt", worker, plan, plan, "Input.CitizensView", Over(2000));

        // Coordinating meeting (a new one for Bent Kristensen, the form pre-filled with the template)
        var meeting = $"{citizen}/koordinerende-moeder/ny";
        yield return new("Møde: dato tekst", worker, meeting, meeting, "Input.Date", "snart");
        yield return new("Møde: dato langt ude", worker, meeting, meeting, "Input.Date", "3026-01-01");
        yield return new("Møde: start tekst", worker, meeting, meeting, "Input.StartsAt", "kl. ti");
        yield return new("Møde: slut før start", worker, meeting, meeting, "Input.EndsAt", "09:00");
        yield return new("Møde: sted for langt", worker, meeting, meeting, "Input.Place", Over(200));
        yield return new("Møde: referentens mail ugyldig", worker, meeting, meeting, "Input.MinuteTakerEmail", "mie(at)kommune", Visible: false);
        yield return new("Møde: deltagerens mail ugyldig", worker, meeting, meeting, "Input.Participants[0].Email", "bent@", Visible: false);
        yield return new("Møde: deltager uden navn", worker, meeting, meeting, "Input.Participants[0].Name", "", [("Input.Participants[0].Phone", "12345678")], Visible: false);
        yield return new("Møde: minutter tekst", worker, meeting, meeting, "Input.Agenda[0].Minutes", "ti");
        yield return new("Møde: minutter for mange", worker, meeting, meeting, "Input.Agenda[0].Minutes", "600");
        yield return new("Møde: emne for langt", worker, meeting, meeting, "Input.Agenda[0].Topic", Over(200));
        yield return new("Møde: punkt uden emne", worker, meeting, meeting, "Input.Agenda[0].Topic", "", Visible: false);
        yield return new("Møde: mødeleder udefra", worker, meeting, meeting, "Input.ChairId", "en-anden", Kept: false);
        yield return new("Møde: opgave uden ansvarlig", worker, meeting, meeting, "Input.Tasks[0].Description", "Ring til lægen", Visible: false);
        yield return new("Møde: opgavens frist tekst", worker, meeting, meeting, "Input.Tasks[0].DueOn", "snart", [("Input.Tasks[0].Description", "Ring til lægen")]);
        yield return new("Møde: valgt person findes ikke", worker, meeting, meeting, "Input.PickPersons", "ikke-et-id", Kept: false, Visible: false);
        // The ACT team meeting (ADR 0032): the leader's plan and the team's settings.
        var teamMeetings = $"/act/teams/{id.ActTeam}/teammoeder";
        yield return new("Teammøde: sted for langt", leader, teamMeetings, $"{teamMeetings}/ny", "Plan.Place", Over(150));
        yield return new("Teammøde: dato tom", leader, teamMeetings, $"{teamMeetings}/ny", "Plan.Date", "");
        yield return new("Teammøde: dato år 1", leader, teamMeetings, $"{teamMeetings}/ny", "Plan.Date", "0001-01-01");
        yield return new("Teammøde: tid i sommertidshullet", leader, teamMeetings, $"{teamMeetings}/ny", "Plan.StartsAt", "02:30", [("Plan.Date", "2026-03-29")], Visible: false);
        yield return new("Teammøde: gennemgang hver 99. uge", leader, teamMeetings, $"{teamMeetings}/indstillinger", "Settings.ReviewEveryWeeks", "99");
        // The fidelity review (ADR 0055): every item no data can show scored, one field made bad.
        var review = $"/resultater/act/vurderinger/ny/{id.ActTeam}";
        (string, string)[] scores = [.. Enumerable.Range(0, global::Caseload.Application.ActionPlans.ActFidelityReviewScale.Manual.Count).Select(i => ($"Input.Items[{i}].Score", "3"))];
        yield return new("Metodetroskab: note for lang", leader, review, review, "Input.Items[0].Note", Over(1000), scores);
        yield return new("Metodetroskab: score 6", leader, review, review, "Input.Items[1].Score", "6", scores, Kept: false);
        yield return new("Metodetroskab: score tekst", leader, review, review, "Input.Items[1].Score", "fem", scores, Kept: false);
        yield return new("Metodetroskab: periode tom", leader, review, review, "Input.PeriodFrom", "", scores);
        yield return new("Metodetroskab: periode tekst", leader, review, review, "Input.PeriodTo", "snart", scores);

        // Administration
        (string, string)[] newTeam = [("Name", "Nyt team"), ("Method", "Act"), ("CaseloadLimitPerFte", "10")];
        yield return new("Team: navn for langt", admin, "/admin/teams/ny", "/admin/teams/ny", "Name", Over(100), newTeam);
        yield return new("Team: navn tomt", admin, "/admin/teams/ny", "/admin/teams/ny", "Name", "", newTeam);
        yield return new("Team: grænse tekst", admin, "/admin/teams/ny", "/admin/teams/ny", "CaseloadLimitPerFte", "ti", newTeam);
        yield return new("Team: grænse 0,5", admin, "/admin/teams/ny", "/admin/teams/ny", "CaseloadLimitPerFte", "0,5", newTeam);
        yield return new("Team: grænse 51", admin, "/admin/teams/ny", "/admin/teams/ny", "CaseloadLimitPerFte", "51", newTeam);
        yield return new("Team ret: navn for langt", admin, $"/admin/teams/{id.Team}", $"/admin/teams/{id.Team}", "Name", Over(100));
        (string, string)[] newUser = [("FullName", "Ny Kollega"), ("Email", "ny.kollega@caseload.local"), ("Password", "Rigtig-lang-kode-2026"),
            ("Roles", "Medarbejder"), ("Teams[0].Role", "Member")];
        yield return new("Bruger: navn for langt", admin, "/admin/brugere/ny", "/admin/brugere/ny", "FullName", Over(150), newUser);
        yield return new("Bruger: e-mail for lang", admin, "/admin/brugere/ny", "/admin/brugere/ny", "Email", new string('a', 252) + "@x.dk", newUser);
        yield return new("Bruger: e-mail ugyldig", admin, "/admin/brugere/ny", "/admin/brugere/ny", "Email", Script, newUser);
        yield return new("Bruger: faggruppe for lang", admin, "/admin/brugere/ny", "/admin/brugere/ny", "Teams[0].Discipline", Over(80), newUser);
        yield return new("Bruger: årsværk tekst", admin, "/admin/brugere/ny", "/admin/brugere/ny", "Teams[0].Fte", "halv", newUser);
        yield return new("Bruger: adgangskode for lang", admin, "/admin/brugere/ny", "/admin/brugere/ny", "Password", Over(128), newUser, Kept: false);
        yield return new("Adgangskode: tom", admin, $"/admin/brugere/{id.UserToEdit}", $"/admin/brugere/{id.UserToEdit}/adgangskode", "NewPassword", "", Kept: false);
        yield return new("Adgangskode: for lang", admin, $"/admin/brugere/{id.UserToEdit}", $"/admin/brugere/{id.UserToEdit}/adgangskode", "NewPassword", Over(128), Kept: false);

        // Sign-in and the user's own account ("" = not signed in)
        yield return new("Log ind: e-mail tom", "", "/konto/log-ind", "/konto/log-ind", "Email", "", [("Password", "noget")]);
        yield return new("Log ind: e-mail for lang", "", "/konto/log-ind", "/konto/log-ind", "Email", Over(256), [("Password", "noget")]);
        yield return new("Log ind: adgangskode for lang", "", "/konto/log-ind", "/konto/log-ind", "Password", Over(128), [("Email", "a@b.dk")], Kept: false);
        yield return new("Glemt: e-mail tom", "", "/konto/glemt-adgangskode", "/konto/glemt-adgangskode", "Email", "");
        yield return new("Glemt: e-mail for lang", "", "/konto/glemt-adgangskode", "/konto/glemt-adgangskode", "Email", Over(256));
        yield return new("To-faktor: kode tekst", worker, "/min-konto", "/to-faktor/aktiver", "Code", Script);
        yield return new("Bruger ret: navn for langt", admin, $"/admin/brugere/{id.UserToEdit}", $"/admin/brugere/{id.UserToEdit}", "FullName", Over(150));

        // Every date field has the same range (issue #28 item 9): the reflection day and the partner agreement too.
        const string manager = "leder@caseload.local";
        var day = $"/implementering/{id.Project}/refleksion/{id.ReflectionDay}";
        yield return new("Refleksionsdag: år 1", manager, day, day, "Input.HeldOn", "0001-01-01", Visible: false);
        yield return new("Refleksionsdag: år 9999", manager, day, day, "Input.HeldOn", "9999-12-31", Visible: false);
        var partnerAgreement = $"/samarbejdspartnere/{id.Partner}/aftaler/{id.PartnerAgreement}";
        yield return new("Partneraftale: år 1", manager, partnerAgreement, partnerAgreement, "Agreement.ValidFrom", "0001-01-01", Visible: false);
        yield return new("Partneraftale: år 9999", manager, partnerAgreement, partnerAgreement, "Agreement.ReviewOn", "9999-12-31", Visible: false);
    }

    [Fact]
    public async Task EveryFormRefusesBadInputWithADanishMessageByTheFieldKeepsTheTextAndStoresNothing()
    {
        var ids = await IdsAsync();
        var clients = new Dictionary<string, TestClient>();
        var failures = new List<string>();
        var cases = Cases(ids).ToList();
        cases.Count.ShouldBeGreaterThan(55);
        try
        {
            foreach (var c in cases)
            {
                if (!clients.TryGetValue(c.User, out var client))
                {
                    clients[c.User] = client = TestClient.For(app);
                    if (c.User.Length > 0) await client.SignInAsync(c.User);
                }
                var problem = await CheckAsync(client, c);
                if (problem is not null) failures.Add($"{c.Name}: {problem}");
            }
        }
        finally
        {
            foreach (var client in clients.Values) client.Dispose();
        }
        failures.ShouldBeEmpty();
    }

    private async Task<string?> CheckAsync(TestClient client, Case c)
    {
        var before = await ChangesAsync();
        var page = await client.GetPageAsync(c.Page);
        var form = page.Forms.FirstOrDefault(f => (f.GetAttribute("action") ?? "").Split('?')[0].EndsWith(c.Action.Split('?')[0], StringComparison.Ordinal));
        if (form is null) return $"no form for {c.Action} on {c.Page}";
        var fields = FieldsOf(form);
        foreach (var (name, value) in c.Valid ?? []) Set(fields, name, value);
        Set(fields, c.Field, c.Bad);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500) return $"HTTP {(int)response.StatusCode}";
        if (response.StatusCode != HttpStatusCode.OK) return $"HTTP {(int)response.StatusCode} {response.Headers.Location} (expected the form again)";
        if (await ChangesAsync() != before) return "something was stored";
        if (html.Contains(Script, StringComparison.Ordinal)) return "the script payload came back unescaped";
        var result = await TestClient.ParseAsync(response);
        var summary = result.QuerySelector("#fejl-oversigt")?.TextContent ?? "";
        if (summary.Trim().Length == 0) return "no error summary";
        if (EnglishMessage().IsMatch(summary)) return $"an English message: {summary.Trim()}";
        if (c.Visible)
        {
            var byField = result.QuerySelector($"[data-valmsg-for='{c.Field}']")?.TextContent ?? "";
            if (byField.Trim().Length == 0) return $"no message next to {c.Field} (summary: {summary.Trim()})";
        }
        if (c.Kept)
        {
            var element = result.QuerySelector($"[name='{c.Field}']");
            var shown = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement input => input.Value,
                _ => null,
            };
            if (shown != c.Bad) return $"the typed text was not kept (shown: '{Shorten(shown)}')";
        }
        return null;
    }

    /// <summary>Data changes recorded in the audit log, and contacts: a refused command changes neither.</summary>
    private Task<(int, int)> ChangesAsync() => app.QueryAsync(async db => (
        await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Created || a.Action == AuditAction.Updated || a.Action == AuditAction.Deleted),
        await db.ContactLog.CountAsync()));

    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button") continue;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var option = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(select.Name!, option?.Value ?? ""));
                    break;
            }
        }
        return fields;
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    private async Task<Ids> IdsAsync()
    {
        var citizen = await app.CitizenIdAsync("Bent Kristensen");
        return await app.QueryAsync(async db => new Ids(
            citizen,
            await db.Courses.Where(c => c.CitizenId == citizen).Select(c => c.Id).FirstAsync(),
            await db.Teams.Where(t => t.Name == "ACT-team Solbjerg").Select(t => t.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == "medarbejder1.act@caseload.local").Select(u => u.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == "medarbejder3.act@caseload.local").Select(u => u.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == "medarbejder2.fs@caseload.local").Select(u => u.Id).FirstAsync(),
            await db.Teams.Where(t => t.Name == "CTI-team Solbjerg").Select(t => t.Id).FirstAsync(),
            await db.Citizens.Where(c => c.Name == "Thomas Vinther").Select(c => c.Id).FirstAsync(),
            await db.Citizens.Where(c => c.Name == "Rasmus Kjær").Select(c => c.Id).FirstAsync(),
            await db.Citizens.Where(c => c.Name == "Lone Brandt").Select(c => c.Id).FirstAsync(),
            await db.Referrals.Where(r => db.Citizens.Any(c => c.Id == r.CitizenId && c.Name == "Lone Brandt")).Select(r => r.Id).FirstAsync(),
            await db.OutreachCases.Where(c => c.ClosedOn == null && c.Events.Any(e => e.Event == Domain.Outreach.OutreachEvent.FirstMeeting)
                && db.Courses.Any(k => k.Id == c.CourseId && db.Users.Any(u => u.Id == k.PrimaryWorkerId && u.Email == "medarbejder1.fs@caseload.local")))
                .Select(c => c.CitizenId).FirstAsync(),
            await db.ReflectionDays.OrderBy(d => d.Id).Select(d => d.ProjectId).FirstAsync(),
            await db.ReflectionDays.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
            await db.PartnerAgreements.OrderBy(a => a.Id).Select(a => a.PartnerId).FirstAsync(),
            await db.PartnerAgreements.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()));
    }

    private static string Shorten(string? s) => s is null ? "(none)" : s.Length > 40 ? s[..40] + "…" : s;

    [GeneratedRegex("The value|is not valid|is required|must be a|field is", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMessage();
}

public sealed class BadInputTestsOnSqlite(SqliteAppFactory app) : BadInputTests<SqliteAppFactory>(app);
public sealed class BadInputTestsOnPostgres(PostgresAppFactory app) : BadInputTests<PostgresAppFactory>(app);
