using Caseload.Application.Results;
using static Caseload.Application.Results.FigureMeasures;

namespace Caseload.Application.ActionPlans;

/// <summary>
/// The DACTS items (Dartmouth Assertive Community Treatment Scale; Teague, Bond &amp; Drake 1998) that ACT's own data can
/// show, computed from the monthly figures (ADR 0031). The anchors are DACTS's, in Danish.
/// </summary>
public static class ActFidelityItems
{
    private const string Dacts = "DACTS (Dartmouth Assertive Community Treatment Scale)";
    private const string Caseload = "Borgere med et aktivt ACT-forløb i teamet ved månedens udgang: alle forløb startet minus alle afsluttet indtil da.";

    private static int Higher(double v, double s2, double s3, double s4, double s5) => v >= s5 ? 5 : v >= s4 ? 4 : v >= s3 ? 3 : v >= s2 ? 2 : 1;
    private static int Lower(double v, double s5, double s4, double s3, double s2) => v <= s5 ? 5 : v <= s4 ? 4 : v <= s3 ? 3 : v <= s2 ? 2 : 1;

    /// <summary>Team meetings held per team and week of the month (DACTS H3), built on the month's active citizens.</summary>
    private static Measure MeetingsPerWeek(TeamSeries t, DateOnly m)
        => new(t.Count(m, FigureKeys.MeetingsHeld(TeamWeekEventSource.TeamMeetingKind)), t.Teams * t.Period.DaysIn(m) / 7.0, t.ActiveAtEndOf(m));

    public static readonly IReadOnlyList<FidelityItem> All =
    [
        new("H1", "Lille caseload", "borgere pr. årsværk", FigureFormat.OneDecimal, "højst 10",
            ["50 eller flere", "35–49", "21–34", "11–20", "10 eller færre"],
            v => Lower(Math.Round(v, 1), 10, 20, 34, 49),
            (t, m) => t.Team.Fte > 0 ? new Measure(t.ActiveAtEndOf(m), (double)t.Team.Fte, t.ActiveAtEndOf(m)) : null,
            t => t.Team.Fte > 0 && t.Period.Months.Count > 0
                ? new Measure(t.ActiveAtEndOf(t.Period.Months[^1]), (double)t.Team.Fte, t.ActiveAtEndOf(t.Period.Months[^1])) : null,
            new(Dacts + ", H1 Small caseload",
                "Aktive borgere ved periodens udgang divideret med teamets årsværk. Årsværk er summen af medlemmernes årsværk (medarbejdere, ikke teamlederen), som de står i dag.",
                Caseload + " Årsværk fra teamets medlemsliste.",
                "Papirgennemgangen tæller klienter pr. fuldtidsansat klinisk medarbejder og trækker psykiater og sekretær fra. Her tælles alle medarbejdere i teamet med deres årsværk, og årsværk bagud i tid kendes ikke — dagens bruges for alle måneder.")),

        new("H2", "Teamtilgang", "andel borgere mødt af flere medarbejdere", FigureFormat.Percent, "mindst 90 %",
            ["under 10 %", "10–36 %", "37–63 %", "64–89 %", "90 % eller mere"],
            v => Higher(v, 0.10, 0.37, 0.64, 0.90),
            (t, m) => new Measure(t.Count(m, FigureKeys.TeamApproach), 2.0 * t.ActiveAtEndOf(m), t.ActiveAtEndOf(m)),
            t => OverPeriod(t, (x, m) => new Measure(x.Count(m, FigureKeys.TeamApproach), 2.0 * x.ActiveAtEndOf(m), 0)),
            new(Dacts + ", H2 Team approach",
                "For hver borger og hver halvmåned (1.–14. og 15.–månedens slutning): blev borgeren mødt ansigt til ansigt af mere end én medarbejder? Antal sådanne borger-halvmåneder divideret med to gange de aktive borgere.",
                "Kontaktloggen: opnåede kontakter ansigt til ansigt (hjemmebesøg, værested, møde på kontoret) med forfatteren og de andre medarbejdere, der var til stede. " + Caseload,
                "Papirgennemgangen ser på et udsnit af journaler for to uger. Her tælles alle borgere i alle måneder, og to uger er de to faste halvdele af måneden, så tallet kan lægges sammen måned for måned.")),

        new("H3", "Teammøder", "møder pr. uge", FigureFormat.OneDecimal, "mindst 4 dage om ugen, hvor alle borgere gennemgås",
            ["højst én gang om måneden", "mindst to gange om måneden, men under én gang om ugen", "mindst én gang om ugen, men under to", "mindst to gange om ugen, men under fire", "mindst fire dage om ugen, og hver borger gennemgås"],
            v => Higher(v, 0.5, 1, 2, 4),
            (t, m) => MeetingsPerWeek(t, m),
            t => OverPeriod(t, MeetingsPerWeek),
            new(Dacts + ", H3 Program meeting",
                "Afsluttede ACT-teammøder, hvor mindst én borger blev gennemgået, i måneden divideret med månedens uger (dagene i perioden / 7). Periodens tal er alle møder divideret med alle uger. Et møde tæller i måneden for sin dato.",
                "Teammødet i Caseload: hændelsen meeting.held (art act-team), som skrives for hver borger, der blev gennemgået, når mødet afsluttes; hvert møde tæller én gang. Et møde, der afsluttes uden gennemgåede borgere, tæller ikke. " + Caseload,
                "Papirgennemgangen spørger teamet og ser mødereferater. Her tælles de møder, der er holdt og afsluttet i Caseload. Score 5 kræver også, at hver borger gennemgås hver gang; det viser tallet ikke, så scoren bygger kun på hyppigheden.")),

        new("O2", "Indtag", "nye borgere pr. måned (højeste i de seneste 6 måneder)", FigureFormat.Whole, "højst 6 om måneden",
            ["15 eller flere", "13–14", "10–12", "7–9", "6 eller færre"],
            v => Lower(v, 6, 9, 12, 14),
            (t, m) => new Measure(t.Count(m, FigureKeys.Intake), 1, t.Count(m, FigureKeys.Intake)),
            t => t.Period.Months.TakeLast(6).Select(m => t.Count(m, FigureKeys.Intake)).DefaultIfEmpty(0).Max() is var max
                ? new Measure(max, 1, max) : null,
            new(Dacts + ", O2 Intake rate",
                "Antal ACT-forløb startet i hver måned; periodens tal er den højeste måned blandt periodens seneste seks.",
                "Forløb startet (hændelsen course.started i forløbsloggen), efter startdato.",
                "Papirgennemgangen spørger til indtaget de seneste seks måneder. Her er tallet det registrerede, måned for måned.")),

        new("O7", "Tidsubegrænset indsats", "andel afsluttet pr. år (ikke død eller fraflytning)", FigureFormat.Percent, "under 5 % om året",
            ["over 90 % afsluttes inden for et år", "38–90 %", "18–37 %", "5–17 %", "under 5 %"],
            v => Lower(v, 0.0499, 0.17, 0.37, 0.90),
            (t, m) => new Measure((t.Count(m, FigureKeys.Closed) - t.Count(m, FigureKeys.ClosedExempt)) * 12.0,
                t.ActiveAtEndOf(m) + t.Count(m, FigureKeys.Closed), t.ActiveAtEndOf(m) + t.Count(m, FigureKeys.Closed)),
            t => Years(t) is var years and > 0
                ? new Measure(t.Period.Months.Sum(m => t.Count(m, FigureKeys.Closed) - t.Count(m, FigureKeys.ClosedExempt)) / years, t.Served, t.Served)
                : null,
            new(Dacts + ", O7 Time-unlimited services",
                "Forløb afsluttet i perioden af anden årsag end død eller fraflytning, divideret med borgere i forløb i perioden (aktive ved start plus nye), omregnet til et år.",
                "Forløb afsluttet med årsagstype (hændelsen course.closed). Et forløb afsluttet uden årsagstype tæller som afsluttet.",
                "Papirgennemgangen spørger, hvor mange teamet forventer at afslutte det næste år. Her tælles de faktisk afsluttede.")),

        new("S1", "Indsats i borgerens eget miljø", "andel af kontakter ansigt til ansigt", FigureFormat.Percent, "mindst 80 %",
            ["under 20 %", "20–39 %", "40–59 %", "60–79 %", "80 % eller mere"],
            v => Higher(v, 0.20, 0.40, 0.60, 0.80),
            (t, m) => Share(t, m, FigureKeys.InVivo, FigureKeys.FaceToFace),
            t => OverPeriod(t, (x, m) => Share(x, m, FigureKeys.InVivo, FigureKeys.FaceToFace)),
            new(Dacts + ", S1 In vivo services",
                "Opnåede kontakter ansigt til ansigt i borgerens hjem eller nærmiljø (hjemmebesøg, værested) divideret med alle opnåede kontakter ansigt til ansigt (også møder på kontoret).",
                "Kontaktloggen: kontaktform og om kontakten blev opnået. Telefon, sms, brev, e-mail og kontakt via netværk tæller ikke med.",
                "Papirgennemgangen ser på et udsnit af journaler og spørger medarbejderne. Her tælles alle registrerede kontakter; 'Andet' tæller ikke som ansigt til ansigt.")),

        new("S2", "Ingen frafald", "andel fastholdt over 12 måneder", FigureFormat.Percent, "mindst 95 %",
            ["under 50 %", "50–64 %", "65–79 %", "80–94 %", "95 % eller mere"],
            v => Higher(v, 0.50, 0.65, 0.80, 0.95),
            (t, m) => new Measure(t.ActiveAtEndOf(m) + t.Count(m, FigureKeys.Closed) - t.Count(m, FigureKeys.ClosedDropOut) * 12.0,
                t.ActiveAtEndOf(m) + t.Count(m, FigureKeys.Closed), t.ActiveAtEndOf(m) + t.Count(m, FigureKeys.Closed)),
            t => Years(t) is var years and > 0
                ? new Measure(t.Served - t.Period.Months.Sum(m => t.Count(m, FigureKeys.ClosedDropOut)) / years, t.Served, t.Served)
                : null,
            new(Dacts + ", S2 No drop-outs",
                "Borgere i forløb i perioden minus frafald omregnet til et år, divideret med borgere i forløb i perioden. Frafald er forløb afsluttet, fordi borgeren ikke ønsker indsatsen, eller kontakten er mistet.",
                "Forløb afsluttet med årsagstype (hændelsen course.closed). " + Caseload,
                "Papirgennemgangen tæller frafald over de seneste 12 måneder. Her følger tallet den valgte periode, omregnet til et år.")),

        new("S4", "Intensitet", "minutter ansigt til ansigt pr. borger pr. uge", FigureFormat.Whole, "mindst 120 minutter",
            ["under 15 minutter", "15–49 minutter", "50–84 minutter", "85–119 minutter", "120 minutter eller mere"],
            v => Higher(v, 15, 50, 85, 120),
            (t, m) => MinutesPerCitizenWeek(t, m),
            t => OverPeriod(t, MinutesPerCitizenWeek),
            new(Dacts + ", S4 Intensity of services",
                "Minutter i opnåede kontakter ansigt til ansigt divideret med aktive borgere og uger. En kontakt uden varighed tæller med månedens gennemsnitlige varighed.",
                "Kontaktloggen: varighed i minutter og kontaktform. " + Caseload,
                "Papirgennemgangen tager et udsnit af journaler for to uger. Her bruges alle kontakter med den varighed, medarbejderen har skrevet.")),

        new("S5", "Hyppighed", "kontakter ansigt til ansigt pr. borger pr. uge", FigureFormat.OneDecimal, "mindst 4",
            ["under 1", "1–2", "2–3", "3–4", "4 eller flere"],
            v => Higher(v, 1, 2, 3, 4),
            (t, m) => PerCitizenWeek(t, m, FigureKeys.FaceToFace),
            t => OverPeriod(t, (x, m) => PerCitizenWeek(x, m, FigureKeys.FaceToFace)),
            new(Dacts + ", S5 Frequency of contact",
                "Opnåede kontakter ansigt til ansigt divideret med aktive borgere og uger.",
                "Kontaktloggen: kontaktform og om kontakten blev opnået. " + Caseload,
                "Papirgennemgangen tager et udsnit af journaler for to uger. Her tælles alle registrerede kontakter.")),

        new("S6", "Arbejde med netværket", "kontakter med netværket pr. borger pr. måned", FigureFormat.OneDecimal, "mindst 4",
            ["under 0,5", "0,5–1", "1–2", "2–4", "4 eller flere"],
            v => Higher(v, 0.5, 1, 2, 4),
            (t, m) => PerCitizenMonth(t, m, FigureKeys.Network),
            t => OverPeriod(t, (x, m) => PerCitizenMonth(x, m, FigureKeys.Network)),
            new(Dacts + ", S6 Work with support system",
                "Opnåede kontakter, hvor personer fra borgerens netværk deltog (eller kontaktform 'Via netværk'), divideret med aktive borgere og måneder.",
                "Kontaktloggen: 'Personer fra borgerens netværk deltog' og kontaktform. " + Caseload,
                "Papirgennemgangen spørger til kontakter med netværket uden borgeren. Her tælles kontakter med netværket, med eller uden borgeren.")),
    ];
}
