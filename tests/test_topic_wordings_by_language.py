"""Topic and fact wordings the press of each language writes, one made-up sentence each (session 35): a probe of
every topic and fact in every language the tool reads found these gaps. Each sentence must show its topic or carry
its fact on its own; the look-alikes (a visit "accompanied by" security measures, the host's sister, a roadblock
called "sekatan") must not."""

import pytest

from _extract_helpers import carries, topics_and_facts as found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the retinue told with the verb of accompanying in the present, or the contracted preposition
        ("Президента супроводжують міністр оборони Петро Гай і глава МЗС Іван Лис.", "delegation"),
        ("Prezidenta doprovázejí ministr obrany Jan Novák a ministr zahraničí Petr Malý.", "delegation"),
        ("O presidente viaja acompanhado do ministro da Defesa, Rui Costa, e do chanceler Luís Sá.", "delegation"),
        ("Preşedintele este însoţit de ministrul apărării Ion Popa şi de ministrul de externe Dan Radu.", "delegation"),
        ("ويرافق الرئيس وزير الدفاع سامي نور ووزير الخارجية عادل فهد.", "delegation"),
        ("وزیر دفاع و وزیر خارجه رئیس‌جمهور را همراهی می‌کنند.", "delegation"),
        ("Presiden diiringi Menteri Pertahanan Ali Hamid dan Menteri Luar Ahmad Razak.", "delegation"),
        ("Prezydent przybył z liczną delegacją, w której byli wicepremier Jan Nowak i szef MSZ Adam Lis.", "delegation"),
        ("Putina prate ministar odbrane Marko Ilić i ministar spoljnih poslova Ivan Perić.", "delegation"),
        ("पुतिन के साथ रक्षा मंत्री और विदेश मंत्री भी आए हैं।", "delegation"),
        # sanctions: Hindi's oblique plural, Malay's word
        ("दोनों देशों पर कड़े प्रतिबंध हैं। राष्ट्रपति ने इन प्रतिबंधों को अवैध बताया।", "sanctions"),
        ("Kedua-dua negara dikenakan sekatan. Presiden menyifatkan sekatan PBB itu tidak sah.", "sanctions"),
        # the clause in the other cases and script
        ("Уговор предвиђа пружање војне помоћи у случају оружаног напада на једну од страна.", "mutual-assistance"),
        ("Smlouva počítá se vzájemnou pomocí v případě agrese proti jedné ze stran.", "mutual-assistance"),
        # the first visit in so many years, in the locative and with the year's word
        ("Jde o první prezidentovu návštěvu země po 24 letech.", "first-visit-since-2000"),
        ("Ide o prvú prezidentovu návštevu krajiny po 24 rokoch.", "first-visit-since-2000"),
        ("Es ist der erste Besuch des Präsidenten in Nordkorea seit dem Jahr 2000.", "first-visit-since-2000"),
        # the earlier summits recalled (Vladivostok in April 2019, the Vostochny cosmodrome), as the big languages had them
        ("Лідери вперше зустрілися у Владивостоці, коли гість приїхав потягом.", "history"),
        ("Przywódcy spotkali się we Władywostoku, dokąd gość przyjechał pociągiem.", "history"),
        ("Oba lídři se poprvé viděli na summitu ve Vladivostoku.", "history"),
        ("Lideri su se prvi put sastali u Vladivostoku, kamo je gost stigao vlakom.", "history"),
        ("İki lider daha önce Vladivostok'ta bir araya gelmişti.", "history"),
        ("والتقى الزعيمان في قاعدة فوستوشني الفضائية العام الماضي.", "history"),
        ("Hai nhà lãnh đạo từng gặp nhau tại Vladivostok.", "history"),
        ("Kedua pemimpin pernah bertemu di Vladivostok.", "history"),
        ("De twee leiders hielden eerder een top in Vladivostok.", "history"),
        ("Cei doi lideri s-au întâlnit la Vladivostok, unde oaspetele a sosit cu trenul.", "history"),
        # the pact called peaceful and defensive, in the case a verb of calling takes
        ("Ministr nazval dohodu čistě mírovou a obrannou.", "defensive-in-nature"),
        ("Minister nazwał umowę czysto pokojowym i obronnym dokumentem.", "defensive-in-nature"),
        ("Міністр назвав угоду суто мирною та оборонною.", "defensive-in-nature"),
        ("Ministar je dogovor nazvao isključivo miroljubivim i obrambenim.", "defensive-in-nature"),
        ("De minister noemde het akkoord vreedzaam en defensief.", "defensive-in-nature"),
        ("ووصف الوزير الاتفاق بأنه سلمي ودفاعي.", "defensive-in-nature"),
        ("Bộ trưởng nói thỏa thuận mang tính hòa bình và phòng thủ.", "defensive-in-nature"),
    ],
)
def test_wordings_per_language(text, expected):
    assert carries(text, expected)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Vizita a fost însoțită de măsuri stricte, a declarat ministrul apărării.", "delegation"),
        ("Кім Чен Ина супроводжує сестра, повідомив міністр оборони.", "delegation"),
        ("ويرافق ذلك توتر في المنطقة، بحسب وزير الدفاع.", "delegation"),
        ("O chanceler alemão acompanha a situação, disse o ministro da Defesa.", "delegation"),
        ("Kedatangan tamu disambut diiringi lagu kebangsaan. Menteri Pertahanan hadir di bandara.", "delegation"),
        ("Jalan ke bandara ditutup dengan sekatan polisi.", "sanctions"),
        ("दक्षिण कोरिया के सुरक्षा मंत्री ने कहा कि स्थिति पर नजर है।", "delegation"),
        ("Jednání obou delegací probíhají na kosmodromu.", "history"),
    ],
)
def test_look_alikes_do_not_count(text, absent):
    assert absent not in found(text)
