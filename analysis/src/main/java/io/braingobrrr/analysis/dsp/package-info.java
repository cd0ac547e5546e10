/**
 * Signal processing shared by the viewer and the analyses (stable API for other modules):
 * {@link io.braingobrrr.analysis.dsp.Butterworth} designs as {@link io.braingobrrr.analysis.dsp.SosFilter}
 * (causal {@code filter}/{@code stream}, zero-phase {@code filtfilt} as SciPy's sosfiltfilt),
 * {@link io.braingobrrr.analysis.dsp.Notch}, {@link io.braingobrrr.analysis.dsp.Fir} (Hamming windowed sinc),
 * {@link io.braingobrrr.analysis.dsp.Resampler} (rational polyphase), {@link io.braingobrrr.analysis.dsp.Welch}
 * (streaming, exactly the shared reference's definition) giving a {@link io.braingobrrr.analysis.dsp.Psd},
 * {@link io.braingobrrr.analysis.dsp.BandPowers} over {@link io.braingobrrr.analysis.dsp.Band},
 * {@link io.braingobrrr.analysis.dsp.Spectrogram}, and the viewer's
 * {@link io.braingobrrr.analysis.dsp.DisplayFilter} (LFF/HFF/notch for a page with margins).
 */
package io.braingobrrr.analysis.dsp;
