using System.Globalization;
using Caseload.Domain.CourseEvents;

namespace Caseload.Application.CourseEvents;

/// <summary>The Danish detail line of a timeline row, made from the event's codes and numbers only (the log holds no text).</summary>
public static class TimelineText
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private static readonly Dictionary<string, string> Codes = new()
    {
        ["home"] = "i hjemmet", ["community"] = "på værested eller i lokalområdet", ["office"] = "på kontoret",
        ["phone"] = "telefon eller sms", ["written"] = "brev eller e-mail", ["network"] = "via netværket", ["other"] = "andet",
        ["phase-1"] = "Fase 1", ["phase-2"] = "Fase 2", ["phase-3"] = "Fase 3",
        ["completed"] = "Gennemført", ["moved-to-other-municipality"] = "Afbrudt: flyttet til anden kommune",
        ["declined-support"] = "Afbrudt: ønsker ikke støtte", ["hospitalised-long-term"] = "Afbrudt: langvarig indlæggelse",
        ["died"] = "Afbrudt: død",
        ["who5:start"] = "WHO-5 ved start", ["who5:three-months"] = "WHO-5 efter 3 måneder",
        ["who5:six-months"] = "WHO-5 efter 6 måneder", ["who5:end"] = "WHO-5 ved afslutning",
        ["network-map"] = "Netværkskort", ["action-plan"] = "Indsatsplan", ["cooperation-agreement"] = "Samarbejdsaftale",
        ["coordinating"] = "Koordinerende møde", ["cti-handover"] = "Overdragelsesmøde (CTI)",
        ["not-started"] = "ikke startet", ["in-progress"] = "i gang", ["achieved"] = "opnået", ["dropped"] = "opgivet",
        ["future-course-arranged"] = "videre forløb aftalt", ["no-further-need"] = "intet yderligere behov",
        ["declined"] = "borgeren takkede nej", ["moved"] = "fraflyttet",
        ["first-contact"] = "Første kontakt", ["internal-information"] = "Interne oplysninger indhentet",
        ["first-meeting"] = "Første møde", ["external-information"] = "Eksterne oplysninger indhentet",
        ["advice-given"] = "Rådgivning givet", ["needs-assessment-done"] = "Behovsvurdering lavet",
        ["follow-up-meeting"] = "Opfølgningsmøde", ["coordinating-meeting-called"] = "Koordinerende møde indkaldt",
        ["coordinating-meeting-held"] = "Koordinerende møde holdt", ["minutes-sent"] = "Referat sendt",
        ["agreements-followed-up"] = "Aftaler fulgt op", ["follow-up-after-closure"] = "Opfølgning efter afslutning",
        ["act-team"] = "ACT-teammøde", ["acute-crisis"] = "akut psykisk krise", ["relapse"] = "tilbagefald eller øget misbrug",
        ["eviction-risk"] = "risiko for udsættelse", ["discharge"] = "udskrivning fra hospital", ["release"] = "løsladelse",
        ["drop-in-centre"] = "på værested",
        ["citizen"] = "borgeren selv", ["relative"] = "pårørende", ["neighbour"] = "nabo", ["housing-association"] = "boligselskab",
        ["general-practitioner"] = "egen læge", ["hospital-psychiatry"] = "hospital eller psykiatri", ["police"] = "politi",
        ["bailiff-court"] = "fogedret", ["job-centre"] = "jobcenter", ["benefits-office"] = "ydelseskontor",
        ["other-department"] = "anden afdeling", ["other-municipality"] = "anden kommune",
        ["group-a:accepted"] = "Målgruppe A, visiteret", ["group-a:declined"] = "Målgruppe A, afvist",
        ["group-b:accepted"] = "Målgruppe B, visiteret", ["group-b:declined"] = "Målgruppe B, afvist",
        ["no-group:accepted"] = "Uden for aldersgrupperne, visiteret", ["no-group:declined"] = "Uden for aldersgrupperne, afvist",
    };

    public static string? Detail(string type, string? code, int? number, DateOnly? plannedOn, bool? flag)
    {
        var text = code is null ? null : Codes.GetValueOrDefault(code, code);
        return type switch
        {
            CourseEventTypes.CtiEnded when code == "other" => "Afbrudt: anden årsag",
            CourseEventTypes.MeasurementTaken => $"{text}: {number} point",
            CourseEventTypes.DocumentSaved => number is { } n ? $"{text}, version {n}" : text,
            CourseEventTypes.DocumentConfirmed => number is { } n ? $"{text}, version {n}" : text,
            CourseEventTypes.CtiPhaseEntered when plannedOn is { } p =>
                $"{text} (planlagt {p.ToString("dd-MM-yyyy", Danish)}{(flag == true ? ", uden for planen" : "")})",
            CourseEventTypes.ConsentGiven when plannedOn is { } until => $"gyldigt til {until.ToString("dd-MM-yyyy", Danish)}",
            CourseEventTypes.OutreachClosed => text is null ? null : $"Årsag: {text}",
            CourseEventTypes.ReferralReceived => text is null ? null : $"Fra: {text}",
            CourseEventTypes.ActCitizenReviewed => flag == true ? "Borgeren deltog" : null,
            CourseEventTypes.ActIntensifiedStarted when plannedOn is { } end =>
                $"Årsag: {text}; {number} kontakter pr. uge til {end.ToString("dd-MM-yyyy", Danish)}",
            CourseEventTypes.ActVisitPlanned when plannedOn is { } day => $"{text} den {day.ToString("dd-MM-yyyy", Danish)}",
            CourseEventTypes.ActVisitCancelled when plannedOn is { } day => $"planlagt til {day.ToString("dd-MM-yyyy", Danish)}",
            CourseEventTypes.PlanGoalAdded or CourseEventTypes.PlanGoalStatusChanged => text is null ? null : $"Status: {text}",
            _ => text,
        };
    }
}
