// Writes one CSV row per scored epoch of the stager's corpus (StagingCorpus) with candidate features, for explore.py.
// Usage from the project root after `./mvnw -pl app -am package -DskipTests`:
//   javac -cp "app/target/brrr.jar:app/target/lib/*" -d /tmp/dump tools/stager-exploration/DumpEpochFeatures.java
//   java -cp "/tmp/dump:app/target/brrr.jar:app/target/lib/*" DumpEpochFeatures ../shared/data epoch-features.csv
import io.braingobrrr.analysis.dsp.*;
import io.braingobrrr.analysis.sleep.*;
import io.braingobrrr.analysis.validation.*;
import io.braingobrrr.analysis.events.*;
import java.nio.file.*;
import java.util.*;
import java.io.*;

public class DumpEpochFeatures {
  public static void main(String[] a) throws Exception {
    List<StagingCorpus.Recording> corpus = StagingCorpus.load(Path.of(a[0]));
    try (PrintWriter out = new PrintWriter(a[1])) {
      String[] names = {"rec","epoch","ref","fs","labs_delta","labs_slow","labs_theta","labs_alpha","labs_sigma","labs_beta","labs_total",
        "lrel_delta","lrel_slow","lrel_theta","lrel_alpha","lrel_sigma","lrel_beta","sef50","sef95","peakf",
        "hj_act","hj_mob","hj_comp","lstd","liqr","sw_share","spindles","zcr","spec_ent","kurt","skew","rems","emg_db",
        "eog_lpow","eog_slowrel"};
      out.println(String.join(",", names));
      int ri = 0;
      for (StagingCorpus.Recording r : corpus) {
        double fs = r.rateHz(); double[] x = r.eeg();
        int epochs = r.reference().size();
        double[] sw = StageRules.slowWaveShare(x, fs, epochs);
        double[] rems = PolygraphyFeatures.remsPerEpoch(r.polygraphy(), epochs);
        double[] emg = PolygraphyFeatures.emgRelativeDb(r.polygraphy(), epochs);
        int[] sp = new int[epochs];
        for (DetectedEvent s : new SpindleDetector(SpindleDetector.Parameters.defaults()).detect(x, fs, "")) {
          int e = (int)(s.onsetSeconds()/30); if (e < epochs) sp[e]++; }
        int len = (int)Math.round(30*fs), seg = (int)Math.round(4*fs);
        double[] xf = ZeroPhase.filtfilt(Butterworth.bandPass(2, 0.3, Math.min(35, fs/2*0.9), fs), x);
        Polygraphy p = r.polygraphy();
        for (int e = 0; e < epochs; e++) {
          SleepStage ref = r.reference().get(e);
          Welch w = new Welch(fs, seg, seg/2); w.add(x, e*len, len); Psd psd = w.result();
          double tot = psd.power(0.5, 24)+1e-12;
          double d = psd.power(0.5,4), sl = psd.power(0.5,2), th = psd.power(4,8), al = psd.power(8,12), si = psd.power(12,15), be = psd.power(15,24);
          double acc=0, s50=24, s95=24; boolean g50=false; double pk=0, pkv=-1, ent=0;
          for (int k=0;k<psd.bins();k++){ double f=psd.frequency(k); if(f<0.5||f>=24) continue; double v=psd.density()[k]*psd.binWidthHz();
            acc+=v; if(!g50&&acc>=0.5*tot){s50=f;g50=true;} if(acc>=0.95*tot&&s95==24)s95=f; if(v>pkv){pkv=v;pk=f;} double q=v/tot; if(q>0) ent-=q*Math.log(q);}
          double[] seg1 = Arrays.copyOfRange(xf, e*len, e*len+len);
          double m=0; for(double v:seg1)m+=v; m/=len; double var=0,m3=0,m4=0; for(double v:seg1){double dd=v-m;var+=dd*dd;m3+=dd*dd*dd;m4+=dd*dd*dd*dd;} var/=len;m3/=len;m4/=len;
          double dv=0, ddv=0; double[] d1=new double[len-1]; for(int i=1;i<len;i++){d1[i-1]=seg1[i]-seg1[i-1];dv+=d1[i-1]*d1[i-1];} dv/=(len-1);
          for(int i=1;i<len-1;i++){double q=d1[i]-d1[i-1];ddv+=q*q;} ddv/=(len-2);
          double mob=Math.sqrt(dv/var), comp=Math.sqrt(ddv/dv)/mob;
          double[] srt=seg1.clone(); Arrays.sort(srt); double iqr=srt[(int)(0.75*len)]-srt[(int)(0.25*len)];
          int zc=0; for(int i=1;i<len;i++) if((seg1[i-1]-m)<0 && (seg1[i]-m)>=0) zc++;
          double eogp=Double.NaN, eogsl=Double.NaN;
          if (p.hasEog() && (long)(e+1)*Math.round(30*p.eogRateHz()) <= p.loc().length) { double efs=p.eogRateHz(); int el=(int)Math.round(30*efs), es=(int)Math.round(4*efs);
            Welch we=new Welch(efs, es, es/2); we.add(p.loc(), e*el, el); Psd pe=we.result(); double et=pe.power(0.3, Math.min(24,efs/2))+1e-12; eogp=Math.log(et); eogsl=Math.log(pe.power(0.3,2)/et+1e-6);}
          Object[] row = {ri, e, ref==null?"":ref.name(), fs, Math.log(d+1e-9), Math.log(sl+1e-9), Math.log(th+1e-9), Math.log(al+1e-9), Math.log(si+1e-9), Math.log(be+1e-9), Math.log(tot),
            Math.log(d/tot+1e-6), Math.log(sl/tot+1e-6), Math.log(th/tot+1e-6), Math.log(al/tot+1e-6), Math.log(si/tot+1e-6), Math.log(be/tot+1e-6), s50, s95, pk,
            Math.log(var+1e-9), mob, comp, 0.5*Math.log(var+1e-9), Math.log(iqr+1e-9), sw[e], sp[e], zc, ent, m4/(var*var), m3/Math.pow(var,1.5), rems[e], emg[e], eogp, eogsl};
          StringBuilder sb = new StringBuilder();
          for (int i=0;i<row.length;i++){ if(i>0) sb.append(','); sb.append(row[i]); }
          out.println(sb);
        }
        System.err.println(ri+" "+r.name()+" "+r.channel()+" "+fs+" "+epochs);
        ri++;
      }
    }
  }
}
