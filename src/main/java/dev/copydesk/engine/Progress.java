package dev.copydesk.engine;

/**
 * Told as a run finds its inputs and finishes each one, so a terminal can show how far it is.
 * Calls come from the threads that check files: implementations must be thread-safe.
 */
public interface Progress {
    /** Tells nothing to anyone. */
    Progress NONE = new Progress() {
        @Override
        public void found(int inputs) {
        }

        @Override
        public void finished() {
        }
    };

    /** More inputs to go (each config's group of inputs is counted when it starts). */
    void found(int inputs);

    /** One input is done, checked or not. */
    void finished();
}
