using System.Collections.Concurrent;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Lets <c>?wait=true</c> answer the moment a verdict is stored. A waiter registers before its
/// submission is queued, so a verdict can never arrive unseen.
/// </summary>
public sealed class VerdictWaiters
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<Submission>> waiters = new();

    public Task<Submission> Expect(Guid id) =>
        waiters.GetOrAdd(id, _ => new TaskCompletionSource<Submission>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(Guid id) => waiters.TryRemove(id, out _);

    public void Done(Submission submission)
    {
        if (waiters.TryRemove(submission.Id, out var waiter)) waiter.TrySetResult(submission);
    }
}
