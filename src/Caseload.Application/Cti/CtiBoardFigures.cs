using Caseload.Application.Engines;
using Caseload.Application.Security;
using Caseload.Domain.Teams;

namespace Caseload.Application.Cti;

/// <summary>CTI lowers a worker's caseload when several citizens move in at once: the board shows stages and move-ins.</summary>
public sealed class CtiBoardFigures(PhaseBoard board) : IBoardWorkerFigures
{
    public Method Method => Method.Cti;

    public async Task<Func<string, BoardFigureLine>> ForTeamAsync(LedTeam team, CancellationToken ct)
    {
        var figures = await board.WorkerFiguresAsync(team, ct);
        return worker =>
        {
            var f = figures.GetValueOrDefault(worker) ?? new CtiWorkerFigures(0, 0, 0, 0, 0);
            return new BoardFigureLine($"Kontaktskabelse {f.ContactPeriod} · Fase 1 {f.Phase1} · Fase 2 {f.Phase2} · Fase 3 {f.Phase3} ·",
                $"{f.MovingInThisMonth} flytter ind denne måned", f.MovingInThisMonth >= 2 ? "overvej færre nye borgere" : null);
        };
    }
}
