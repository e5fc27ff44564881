<?php
/**
 * Installs the test blog (tests/wordpress/run): WordPress with the block theme, the Knotmap plugin
 * activated, an administrator with a known password, and the posts the browser tests read.
 * Prints {admin: {user, password}, posts: {name: {id, url}}} as JSON.
 *
 * php install.php WORDPRESS-DIR ORIGIN ADMIN-PASSWORD
 */

// Names of our own: WordPress sets globals such as $theme and $post while it loads and runs.
list( , $knotmap_wordpress, $knotmap_origin, $knotmap_password ) = $argv;

// As a request to the blog would look: WordPress reads these while it loads.
$_SERVER['HTTP_HOST']   = (string) parse_url( $knotmap_origin, PHP_URL_HOST ) . ':' . parse_url( $knotmap_origin, PHP_URL_PORT );
$_SERVER['SERVER_NAME'] = (string) parse_url( $knotmap_origin, PHP_URL_HOST );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );  // the database is empty: load without redirecting to the installer
require $knotmap_wordpress . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// Offline: no mail (the new-site notice), no HTTP (the permalink check asks the blog itself).
add_filter( 'pre_wp_mail', '__return_false' );
add_filter(
	'pre_http_request',
	function () {
		return new WP_Error( 'offline', 'The test blog makes no HTTP request while installing.' );
	}
);

$knotmap_installed = wp_install( 'Knotmap test blog', 'admin', 'admin@example.com', true, '', $knotmap_password );
update_option( 'permalink_structure', '' );  // plain permalinks: the page and links must work without rewriting
switch_theme( 'twentytwentythree' );
$knotmap_activated = activate_plugin( 'knotmap/knotmap.php' );
if ( is_wp_error( $knotmap_activated ) ) {
	fwrite( STDERR, 'activating the plugin failed: ' . $knotmap_activated->get_error_message() . "\n" );
	exit( 1 );
}
// The administrator may post anything (block comments, scripts in embeds), as in the editor.
wp_set_current_user( $knotmap_installed['user_id'] );

$knotmap_paragraph = function ( $text ) {
	return "<!-- wp:paragraph -->\n<p>" . $text . "</p>\n<!-- /wp:paragraph -->\n\n";
};
$knotmap_contents = array(
	'block'       => array(
		'Working on the side of your waist',
		$knotmap_paragraph( 'The quadratus lumborum sits between your lowest rib and your pelvis.' )
			. "<!-- wp:knotmap/body-map {\"zone\":\"ql-left\",\"theme\":\"dark\"} /-->\n\n"
			. $knotmap_paragraph( 'Hold each spot for about thirty seconds, breathing slowly.' ),
	),
	// Classic content (no blocks), as an older post or the classic editor writes it.
	'shortcode'   => array(
		'The shortcode',
		"Knots in the hips and the waist, and what to do about them.\n\n"
			. "[knotmap zone=\"ql-left\" theme=\"dark\" families=\"ql,glute-med\" accent=\"#b0552f\" compact=\"true\" progress=\"off\"]\n\n"
			. 'Only the waist and the side of the hip are on this map.',
	),
	'pasted'      => array(
		'A pasted link',
		"Here is the side of the hip.\n\n" . $knotmap_origin . "/knotmap/?zone=glute-med-left\n\nThat was the widget.",
	),
	// The same link pasted in the block editor, which makes it an embed block.
	'pastedBlock' => array(
		'A link pasted in the block editor',
		$knotmap_paragraph( 'Here is the buttock.' )
			. "<!-- wp:embed {\"url\":\"$knotmap_origin/knotmap/?zone=glute-max-right\",\"type\":\"rich\",\"providerNameSlug\":\"knotmap\"} -->\n"
			. "<figure class=\"wp-block-embed is-type-rich is-provider-knotmap wp-block-embed-knotmap\"><div class=\"wp-block-embed__wrapper\">\n"
			. "$knotmap_origin/knotmap/?zone=glute-max-right\n</div></figure>\n<!-- /wp:embed -->\n\n"
			. $knotmap_paragraph( 'That was the widget.' ),
	),
	'bad'         => array(
		'Options the widget cannot use',
		$knotmap_paragraph( 'This post gives the widget options it cannot use.' )
			. "<!-- wp:shortcode -->\n[knotmap zone=\"nope\" theme=\"purple\"]\n<!-- /wp:shortcode -->\n\n"
			. $knotmap_paragraph( 'Between the two widgets.' )
			. "<!-- wp:knotmap/body-map {\"accent\":\"not-a-colour\"} /-->\n\n"
			. $knotmap_paragraph( 'The end of the post, still readable.' ),
	),
);
$knotmap_posts = array();
foreach ( $knotmap_contents as $knotmap_name => list( $knotmap_title, $knotmap_content ) ) {
	$knotmap_id = wp_insert_post(
		array(
			'post_title'   => $knotmap_title,
			'post_content' => $knotmap_content,
			'post_status'  => 'publish',
			'post_type'    => 'post',
		),
		true
	);
	if ( is_wp_error( $knotmap_id ) ) {
		fwrite( STDERR, "inserting the $knotmap_name post failed: " . $knotmap_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$knotmap_posts[ $knotmap_name ] = array(
		'id'  => $knotmap_id,
		'url' => get_permalink( $knotmap_id ),
	);
}
echo wp_json_encode(
	array(
		'origin' => $knotmap_origin,
		'admin'  => array(
			'user'     => 'admin',
			'password' => $knotmap_password,
		),
		'posts'  => $knotmap_posts,
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES
), "\n";
