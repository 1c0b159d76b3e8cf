using Caseload.Application.Engines;

namespace Caseload.Application.Meetings;

/// <summary>The user's open tasks from coordinating meetings, as start-page tasks that can be ticked off there.</summary>
public sealed class MeetingTaskSource(MyTasks tasks) : IMyTaskSource
{
    public async Task<IReadOnlyList<MyTask>> OpenTasksAsync(CancellationToken ct)
        => (await tasks.OpenAsync(ct)).Rows
            .Select(t => new MyTask(t.Description, t.CitizenId, t.CitizenName, $"/borgere/{t.CitizenId}/koordinerende-moeder/{t.MeetingId}", t.DueOn,
                $"/borgere/{t.CitizenId}/koordinerende-moeder/{t.MeetingId}/opgaver/{t.TaskId}/udfoert"))
            .ToList();
}
