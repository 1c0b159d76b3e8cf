using Caseload.Application.Security;
using Caseload.Domain.Teams;

namespace Caseload.Application.Engines;

/// <summary>A line under a worker on the caseload board, from the team's method's engine: plain text, an emphasised
/// part, and advice when the figures call for it.</summary>
public sealed record BoardFigureLine(string Text, string? Emphasis = null, string? Advice = null);

/// <summary>
/// An engine's figures per worker on the caseload board of a team of its method (ADR 0023): e.g. CTI — citizens per
/// stage and how many move in this month. The board asks only the engine of the team's method, once per team.
/// </summary>
public interface IBoardWorkerFigures
{
    Method Method { get; }

    /// <summary>A function from a worker's user id to their line (a worker without courses gets the engine's empty line).</summary>
    Task<Func<string, BoardFigureLine>> ForTeamAsync(LedTeam team, CancellationToken ct);
}
