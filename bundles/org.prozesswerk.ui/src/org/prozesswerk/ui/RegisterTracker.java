package org.prozesswerk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.model.Folder;

/**
 * Lets a view follow the open registers: it hears when registers are opened or closed, and — debounced — when
 * commands run on the command stacks of the registers it follows (all open ones, or the one it shows). Views call
 * {@link #dispose()} from their own; it removes every listener and drops a pending call.
 * <p>
 * Both callbacks run in the UI thread. A command stack may fire in another thread (a job); the tracker moves the
 * call over. {@link #generation()} counts the changes, so a job computing from the model can tell that its result is
 * stale.
 */
public final class RegisterTracker {

    private final int delay;
    private final Runnable onDocumentsChanged;
    private final Runnable onModelChanged;
    private final RegisterDocuments.Listener documentsListener = this::documentsChanged;
    private final CommandStackListener stackListener = event -> stackChanged();
    private final Runnable modelChangedLater;
    private final Set<RegisterDocument> followed = new HashSet<>();
    private final AtomicLong generation = new AtomicLong();
    private boolean followAll;
    private boolean disposed;

    /**
     * Starts listening to the open registers.
     *
     * @param delay milliseconds of quiet after the last command before {@code onModelChanged} runs
     * @param onDocumentsChanged runs after registers were opened or closed (the tracker follows them already)
     * @param onModelChanged runs once after a burst of commands on a followed register
     */
    public RegisterTracker(int delay, Runnable onDocumentsChanged, Runnable onModelChanged) {
        this.delay = delay;
        this.onDocumentsChanged = Objects.requireNonNull(onDocumentsChanged);
        this.onModelChanged = Objects.requireNonNull(onModelChanged);
        this.modelChangedLater = () -> {
            if (!disposed) {
                onModelChanged.run();
            }
        };
        RegisterDocuments.getDefault().addListener(documentsListener);
    }

    /** Follows the command stacks of every open register, now and as they are opened. */
    public void followAll() {
        followAll = true;
        syncFollowed();
    }

    /** Follows the command stack of {@code document} only; {@code null} follows none. */
    public void follow(RegisterDocument document) {
        followAll = false;
        unfollowIf(d -> d != document);
        if (document != null) {
            add(document);
        }
    }

    /** The open registers, in the order they were opened. */
    public List<RegisterDocument> documents() {
        return RegisterDocuments.getDefault().documents();
    }

    /** The number of changes seen so far on followed registers; compare before and after a computation. */
    public long generation() {
        return generation.get();
    }

    /** Drops a pending {@code onModelChanged} (the caller is refreshing right now). UI thread. */
    public void cancelPending() {
        Display display = Display.getCurrent();
        if (display != null) {
            display.timerExec(-1, modelChangedLater);
        }
    }

    /** Runs {@code onModelChanged} after the delay, e.g. once more when a job's result turned out stale. */
    public void later() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (Display.getCurrent() != null) {
            display.timerExec(delay, modelChangedLater);
        } else if (!display.isDisposed()) {
            display.asyncExec(() -> display.timerExec(delay, modelChangedLater));
        }
    }

    /** Removes every listener and drops a pending call. */
    public void dispose() {
        disposed = true;
        RegisterDocuments.getDefault().removeListener(documentsListener);
        unfollowIf(d -> true);
        cancelPending();
    }

    /**
     * The number of Steckbriefe of a register, from the folders' list sizes (visits folders only, not Steckbriefe):
     * cheap enough to decide whether to compute in the UI thread or in a job.
     */
    public static int size(RegisterDocument document) {
        int count = document.register().getUnfiledProfiles().size();
        Deque<Folder> folders = new ArrayDeque<>(document.register().getRootFolders());
        while (!folders.isEmpty()) {
            Folder folder = folders.pop();
            count += folder.getProfiles().size();
            folders.addAll(folder.getFolders());
        }
        return count;
    }

    private void stackChanged() {
        generation.incrementAndGet();
        if (!disposed) {
            later();
        }
    }

    private void documentsChanged() {
        if (disposed) {
            return;
        }
        syncFollowed();
        onDocumentsChanged.run();
    }

    /** Stops following closed registers; with {@link #followAll()}, starts following newly opened ones. */
    private void syncFollowed() {
        List<RegisterDocument> open = documents();
        unfollowIf(d -> !open.contains(d));
        if (followAll) {
            open.forEach(this::add);
        }
    }

    private void add(RegisterDocument document) {
        if (followed.add(document)) {
            document.editingDomain().getCommandStack().addCommandStackListener(stackListener);
        }
    }

    private void unfollowIf(Predicate<RegisterDocument> condition) {
        followed.removeIf(d -> {
            if (condition.test(d)) {
                d.editingDomain().getCommandStack().removeCommandStackListener(stackListener);
                return true;
            }
            return false;
        });
    }
}
