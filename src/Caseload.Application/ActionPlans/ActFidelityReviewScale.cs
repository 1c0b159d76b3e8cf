using Caseload.Application.Results;
using Caseload.Application.Results.Reviews;
using Caseload.Domain.Teams;

namespace Caseload.Application.ActionPlans;

/// <summary>
/// ACT's scale for the fidelity review (issue #29 item 5, ADR 0055): the DACTS items the data shows (<see cref="ActFidelityItems"/>,
/// computed as on /resultater/act) and the ones only the team leader can score, with DACTS's anchors in Danish (Teague, Bond
/// &amp; Drake 1998). The team's disciplines are those of the ACT guide (psykiater, sygeplejerske, misbrugskonsulent,
/// beskæftigelseskonsulent) and staff with lived experience (domain.md §7).
/// </summary>
public sealed class ActFidelityReviewScale(TeamSeriesReader figures, ActResults results) : IFidelityReviewScale
{
    public string Key => ActModule.Key;
    public string MethodName => "ACT";
    public string ScaleName => "DACTS";
    public IReadOnlyList<ManualReviewItem> ManualItems => Manual;

    public Task<IReadOnlyList<ResultsTeam>> TeamsAsync(IReadOnlyList<Guid>? only, CancellationToken ct) => figures.TeamsAsync(Method.Act, only, ct);

    public async Task<IReadOnlyList<ComputedReviewItem>> ComputeAsync(Security.LedTeam team, ResultsPeriod period, CancellationToken ct)
    {
        var teams = await figures.TeamsAsync(Method.Act, [team.Id], ct);
        // The results page's own rows, so the locked values are the page's, "< 5" included.
        return [.. (await results.RowsAsync(teams, period, ct))
            .Select(r => new ComputedReviewItem(r.Item.Code, r.Item.Name, r.Total.Text, r.Total.Score))];
    }

    private const string PerHundred = "årsværk pr. 100 borgere";

    public static readonly IReadOnlyList<ManualReviewItem> Manual =
    [
        new("H4", "Teamleder deltager i klientarbejdet", "teamlederen bruger mindst halvdelen af tiden på arbejde med borgerne",
            ["ingen direkte arbejde med borgerne", "sjældent, som afløser", "jævnligt som afløser, eller under 25 % af tiden", "25–50 % af tiden", "mindst 50 % af tiden"]),
        new("H5", "Stabilitet i personalet", "under 20 % udskiftning over to år",
            ["over 80 % udskiftning på to år", "60–80 %", "40–59 %", "20–39 %", "under 20 %"]),
        new("H6", "Bemanding", "mindst 95 % af stillingerne besat det seneste år",
            ["under 50 % besat", "50–64 %", "65–79 %", "80–94 %", "95 % eller mere"]),
        new("H7", "Psykiater i teamet", "mindst 1 årsværk psykiater pr. 100 borgere",
            ["under 0,10 " + PerHundred, "0,10–0,39", "0,40–0,69", "0,70–0,99", "mindst 1 " + PerHundred]),
        new("H8", "Sygeplejerske i teamet", "mindst 2 årsværk sygeplejerske pr. 100 borgere",
            ["under 0,20 " + PerHundred, "0,20–0,79", "0,80–1,39", "1,40–1,99", "mindst 2 " + PerHundred]),
        new("H9", "Misbrugsbehandler i teamet", "mindst 2 årsværk med uddannelse eller erfaring i misbrugsbehandling pr. 100 borgere",
            ["under 0,20 " + PerHundred, "0,20–0,79", "0,80–1,39", "1,40–1,99", "mindst 2 " + PerHundred]),
        new("H10", "Beskæftigelsesspecialist i teamet", "mindst 2 årsværk beskæftigelsesspecialist pr. 100 borgere",
            ["under 0,20 " + PerHundred, "0,20–0,79", "0,80–1,39", "1,40–1,99", "mindst 2 " + PerHundred]),
        new("H11", "Teamets størrelse", "mindst 10 årsværk i teamet",
            ["under 2,5 årsværk", "2,5–4,9", "5,0–7,4", "7,5–9,9", "10 årsværk eller flere"]),
        new("O1", "Klare kriterier for målgruppen", "teamet opsøger aktivt målgruppen, og alle borgere opfylder kriterierne",
            ["ingen kriterier; alle slags borgere tages ind", "kriterier findes, men borgere tages ofte ind af andre grunde", "teamet forsøger at vælge efter kriterierne, men presses udefra",
             "teamet screener aktivt og giver kun sjældent efter for pres", "teamet opsøger aktivt målgruppen, og alle borgere opfylder kriterierne"]),
        new("O3", "Fuldt ansvar for behandling og støtte", "teamet giver selv psykiatrisk behandling, samtaler, bostøtte, misbrugsbehandling og beskæftigelsesstøtte",
            ["ingen ud over koordinering", "én af de fem", "to af de fem", "tre eller fire af de fem", "alle fem"]),
        new("O4", "Ansvar for kriseindsats", "teamet har døgndækning",
            ["intet ansvar for kriser", "vagtberedskabet har en aftalt plan fra teamet", "teamet kan ringes op og rådgiver", "teamet kan ringes op og rykker selv ud", "teamet dækker selv hele døgnet"]),
        new("O5", "Ansvar for indlæggelser", "teamet er med i mindst 95 % af indlæggelserne",
            ["med i under 5 % af indlæggelserne", "5–34 %", "35–64 %", "65–94 %", "95 % eller mere"]),
        new("O6", "Ansvar for udskrivelser", "teamet er med i planlægningen af mindst 95 % af udskrivelserne",
            ["med i under 5 % af udskrivelserne", "5–34 %", "35–64 %", "65–94 %", "95 % eller mere"]),
        new("S3", "Opsøgende og vedholdende kontakt", "teamet har gennemtænkte måder at opsøge og fastholde borgerne på og bruger dem hver gang",
            ["passiv: venter på, at borgeren kommer", "forsøger i starten, men giver op efter få forsøg", "opsøger borgerne, men uden fast fremgangsmåde",
             "gennemtænkte måder at opsøge på, bruges som regel", "gennemtænkte måder at opsøge på, bruges hver gang"]),
        new("S7", "Individuel misbrugsbehandling", "borgere med misbrug får mindst 24 minutters misbrugsbehandling om ugen",
            ["ingen individuel misbrugsbehandling i teamet", "misbruget tales om, men uden egentlig behandling", "under 15 minutter om ugen", "15–23 minutter om ugen", "mindst 24 minutter om ugen"]),
        new("S8", "Grupper for borgere med psykisk lidelse og misbrug", "mindst halvdelen af borgerne med misbrug deltager i en gruppe mindst én gang om måneden",
            ["under 5 % af borgerne med misbrug", "5–19 %", "20–34 %", "35–49 %", "50 % eller mere"]),
        new("S9", "Integreret behandling af psykisk lidelse og misbrug", "arbejdet bygger helt på integreret behandling (skadesreduktion, motivationsstadier)",
            ["traditionel tilgang: konfrontation og krav om ophør", "mest traditionel tilgang", "en blanding", "mest integreret behandling, med få undtagelser", "helt integreret behandling"]),
        new("S10", "Medarbejdere med brugerbaggrund", "medarbejdere med brugerbaggrund er fuldgyldige medlemmer af teamet",
            ["ingen inddragelse", "brugere har roller rettet mod egen støtte (fx selvhjælp)", "ansat på deltid med begrænset ansvar", "ansat på fuld tid med begrænset ansvar",
             "ansat på fuld tid som fuldgyldige medarbejdere"]),
    ];
}
