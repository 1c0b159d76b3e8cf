namespace Caseload.Application.Engines;

/// <summary>One of the user's open tasks on the start page. <see cref="DoneUrl"/>: where "Markér som udført" posts, if the
/// task can be ticked off there.</summary>
public sealed record MyTask(string Description, Guid CitizenId, string CitizenName, string Url, DateOnly? DueOn, string? DoneUrl = null);

/// <summary>An engine's contribution to the start page's "Mine opgaver" (ADR 0023): the signed-in user's open tasks.</summary>
public interface IMyTaskSource
{
    Task<IReadOnlyList<MyTask>> OpenTasksAsync(CancellationToken ct);
}
