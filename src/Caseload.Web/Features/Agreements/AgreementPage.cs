using Caseload.Application.Agreements;
using Caseload.Domain.Agreements;
using Caseload.Web.Features.Shared;

namespace Caseload.Web.Features.Agreements;

/// <summary>The agreement form, and after a conflicting save the differences from the saved version.
/// <see cref="Input"/> forwards, so the form's field names stay "Input.…".</summary>
public sealed record AgreementPage(AgreementView Agreement, ConflictPanelModel? Conflict = null)
{
    public AgreementInput Input => Agreement.Input;

    /// <summary>The agreement's fields for the comparison; rows by their id.</summary>
    public static IEnumerable<DocumentField> Fields(AgreementInput i)
    {
        yield return new("MadeOn", "Lavet den", DocumentText.Date(i.MadeOn));
        yield return new("Place", "Sted", i.Place);
        yield return new("Present", "Til stede", i.Present);
        yield return new("CurrentSituation", "Situationen lige nu", i.CurrentSituation);
        yield return new("Goals", "Mål de næste tre måneder", i.Goals);
        yield return new("ObstaclesCitizen", "Forhindringer (borgeren)", i.ObstaclesCitizen);
        yield return new("ObstaclesWorker", "Forhindringer (medarbejderen)", i.ObstaclesWorker);
        yield return new("WhatHelps", "Hvad gør det lettere", i.WhatHelps);
        for (var k = 0; k < i.Rows.Count; k++)
        {
            var r = i.Rows[k];
            var key = DocumentText.RowKey(r.Id, k);
            var stem = $"Aftale «{DocumentText.Brief(r.Goal)}»";
            yield return new(key + "Goal", $"{stem}: mål", r.Goal);
            yield return new(key + "ActionsCitizen", $"{stem}: handlinger — borger", r.ActionsCitizen);
            yield return new(key + "ActionsWorker", $"{stem}: handlinger — medarbejder", r.ActionsWorker);
            yield return new(key + "FollowUpOn", $"{stem}: opfølgning", DocumentText.Date(r.FollowUpOn));
            yield return new(key + "Reached", $"{stem}: mål nået?", r.Reached switch { GoalReached.Yes => "Ja", GoalReached.Partly => "Delvist", _ => null });
            yield return new(key + "WentWell", $"{stem}: hvad gik godt", r.WentWell);
            yield return new(key + "WentLessWell", $"{stem}: hvad gik mindre godt", r.WentLessWell);
        }
        yield return new("Coordination", "Koordinering med andre", i.Coordination);
        yield return new("TasksCoordination", "Opgaver: koordinering", i.TasksCoordination);
        yield return new("TasksAuthority", "Myndighedsopgaver", i.TasksAuthority);
        yield return new("TasksOther", "Andre opgaver", i.TasksOther);
        yield return new("FollowUpOn", "Opfølgning", DocumentText.Date(i.FollowUpOn));
        yield return new("FollowUpStatus", "Status", i.FollowUpStatus);
        yield return new("NeedsNewGoals", "Behov for nye mål", i.NeedsNewGoals ? "Ja" : null);
    }
}
